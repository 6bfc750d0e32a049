/** Pages of fora and meetings. */
@NullMarked
package no.lokta.knowledge.forum.web;

import org.jspecify.annotations.NullMarked;
