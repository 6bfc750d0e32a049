/** Competence needs as JSON. */
@NullMarked
package no.lokta.needs.need.api;

import org.jspecify.annotations.NullMarked;
