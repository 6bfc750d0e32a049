/** Pages of the networks' discussion spaces. */
@NullMarked
package no.lokta.knowledge.discussion.web;

import org.jspecify.annotations.NullMarked;
