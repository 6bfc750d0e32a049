/** Fora, their composition, meetings and decisions as JSON. */
@NullMarked
package no.lokta.knowledge.forum.api;

import org.jspecify.annotations.NullMarked;
