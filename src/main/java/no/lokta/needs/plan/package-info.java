/**
 * Competence plans (kompetanseplan): one per member municipality and year, following KS's seven
 * steps, with staffing by profession, competence required and held, measures and an evaluation.
 */
@NullMarked
package no.lokta.needs.plan;

import org.jspecify.annotations.NullMarked;
