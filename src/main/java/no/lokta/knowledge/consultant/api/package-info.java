/** The practice-consultant register and its growth as JSON. */
@NullMarked
package no.lokta.knowledge.consultant.api;

import org.jspecify.annotations.NullMarked;
