/** Pages of the dialogue conferences and their outcomes. */
@NullMarked
package no.lokta.knowledge.conference.web;

import org.jspecify.annotations.NullMarked;
