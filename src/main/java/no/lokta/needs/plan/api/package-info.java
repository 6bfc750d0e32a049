/** Competence plans as JSON. */
@NullMarked
package no.lokta.needs.plan.api;

import org.jspecify.annotations.NullMarked;
