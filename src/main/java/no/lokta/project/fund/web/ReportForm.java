package no.lokta.project.fund.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.lokta.project.fund.ApplicationSummary;
import no.lokta.project.fund.ReportCommand;
import org.jspecify.annotations.Nullable;

/** The receiver's follow-up report form. */
record ReportForm(
        @NotBlank @Size(max = ReportCommand.MAX_TEXT) @Nullable
        String text) {

    static ReportForm from(ApplicationSummary a) {
        return new ReportForm(a.reportText());
    }

    ReportCommand toCommand() {
        return new ReportCommand(CallForm.text(text));
    }
}
