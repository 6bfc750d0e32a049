package no.lokta.needs.survey.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.lokta.needs.survey.SurveyCommand;
import no.lokta.needs.survey.SurveySummary;
import org.jspecify.annotations.Nullable;

/** A survey's title and introduction. */
record SurveyForm(
        @NotBlank @Size(max = 200) @Nullable String title,
        @Size(max = 4000) @Nullable String introduction) {

    static SurveyForm empty() {
        return new SurveyForm("", "");
    }

    static SurveyForm from(SurveySummary s) {
        return new SurveyForm(s.title(), s.introduction());
    }

    SurveyCommand toCommand() {
        return new SurveyCommand(text(title), text(introduction));
    }

    static String text(@Nullable String s) {
        return s == null ? "" : s;
    }
}
