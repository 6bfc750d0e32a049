package no.lokta.programme.shadowing.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.lokta.programme.shadowing.ApplicationCommand;
import no.lokta.programme.shadowing.ApplicationSummary;
import no.lokta.programme.shadowing.ReportCommand;
import org.jspecify.annotations.Nullable;

/** The short report after a placement. */
record ReportForm(
        @NotBlank @Size(max = ApplicationCommand.MAX_TEXT) @Nullable
        String learned,

        @Size(max = ApplicationCommand.MAX_TEXT) @Nullable String useAtHome) {

    static ReportForm from(ApplicationSummary a) {
        return new ReportForm(
                java.util.Objects.requireNonNullElse(a.reportLearned(), ""),
                java.util.Objects.requireNonNullElse(a.reportUseAtHome(), ""));
    }

    ReportCommand toCommand() {
        return new ReportCommand(learned == null ? "" : learned, useAtHome == null ? "" : useAtHome);
    }
}
