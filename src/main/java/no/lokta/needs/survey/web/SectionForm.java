package no.lokta.needs.survey.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.lokta.needs.survey.SectionCommand;
import no.lokta.needs.survey.Survey;
import org.jspecify.annotations.Nullable;

/** A section's heading and the text under it. */
record SectionForm(
        @NotBlank @Size(max = 200) @Nullable String title,
        @Size(max = 2000) @Nullable String description) {

    static SectionForm empty() {
        return new SectionForm("", "");
    }

    static SectionForm from(Survey.Section s) {
        return new SectionForm(s.title(), s.description());
    }

    SectionCommand toCommand() {
        return new SectionCommand(SurveyForm.text(title), SurveyForm.text(description));
    }
}
