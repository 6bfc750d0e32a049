/**
 * Dialogue conferences: planned as programme activities with many organisations and leaders; what
 * each agreed to carry on ("dette tar vi med oss videre") and how it was followed up.
 */
@NullMarked
package no.lokta.knowledge.conference;

import org.jspecify.annotations.NullMarked;
