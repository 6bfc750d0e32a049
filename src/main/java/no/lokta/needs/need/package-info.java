/**
 * Competence needs: entered by a coordinator or drawn from a survey or a competence plan, merged
 * across municipalities and professions, and followed until they are covered.
 */
@NullMarked
package no.lokta.needs.need;

import org.jspecify.annotations.NullMarked;
