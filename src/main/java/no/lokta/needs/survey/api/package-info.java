/** Surveys and their structure as JSON. */
@NullMarked
package no.lokta.needs.survey.api;

import org.jspecify.annotations.NullMarked;
