/**
 * Consultations (høringer) from the authorities: subject, sender, deadlines and documents; one input
 * per member organisation until our own deadline; the joint response drafted, approved and its
 * submission recorded, or the consultation closed without a response.
 */
@NullMarked
package no.lokta.knowledge.consultation;

import org.jspecify.annotations.NullMarked;
