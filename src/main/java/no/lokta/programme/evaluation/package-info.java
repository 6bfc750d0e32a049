/**
 * Evaluations: when an activity is completed, everyone who attended gets a personal secret link to
 * a short form; the coordinator sees the results per activity without names.
 */
@NullMarked
package no.lokta.programme.evaluation;

import org.jspecify.annotations.NullMarked;
