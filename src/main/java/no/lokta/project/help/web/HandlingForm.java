package no.lokta.project.help.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import no.lokta.project.help.HandlingCommand;
import no.lokta.project.help.HelpRequestSummary;
import no.lokta.project.help.HelpStatus;
import org.jspecify.annotations.Nullable;

/** The coordinator's status and outcome of a request. */
record HandlingForm(
        @NotNull @Nullable HelpStatus status,
        @Size(max = HandlingCommand.MAX_OUTCOME) @Nullable String outcome) {

    static HandlingForm from(HelpRequestSummary r) {
        return new HandlingForm(r.status(), r.outcome());
    }

    HandlingCommand toCommand() {
        return new HandlingCommand(Objects.requireNonNull(status), outcome == null ? "" : outcome);
    }
}
