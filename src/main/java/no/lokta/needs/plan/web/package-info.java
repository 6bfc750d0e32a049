/** Pages of the competence plans: the overview per year, a plan and its parts, the PDF and the regional figures. */
@NullMarked
package no.lokta.needs.plan.web;

import org.jspecify.annotations.NullMarked;
