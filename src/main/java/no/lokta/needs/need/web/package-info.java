/** Pages of competence needs: the list with filters, a need, entering and merging needs. */
@NullMarked
package no.lokta.needs.need.web;

import org.jspecify.annotations.NullMarked;
