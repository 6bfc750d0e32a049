/**
 * Surveys to the members (kartlegging): a coordinator builds a survey of ordered sections and
 * questions, previews it as a respondent would see it and publishes it, which freezes it.
 */
@NullMarked
package no.lokta.needs.survey;

import org.jspecify.annotations.NullMarked;
