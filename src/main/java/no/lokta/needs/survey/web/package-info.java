/** Pages of surveys: the coordinator's list, builder, preview, publishing and copying. */
@NullMarked
package no.lokta.needs.survey.web;

import org.jspecify.annotations.NullMarked;
