/** Consultations as JSON. */
@NullMarked
package no.lokta.knowledge.consultation.api;

import org.jspecify.annotations.NullMarked;
