package no.lokta.knowledge.conference.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import no.lokta.knowledge.conference.Field;
import no.lokta.knowledge.conference.OutcomeCommand;
import no.lokta.knowledge.conference.OutcomeStatus;
import no.lokta.knowledge.conference.OutcomeSummary;
import org.jspecify.annotations.Nullable;

/** An outcome of a dialogue conference. */
record OutcomeForm(
        @NotBlank @Size(max = 2000) @Nullable String text,
        @NotNull @Nullable Field field,
        @Size(max = 200) @Nullable String responsible,
        @NotNull @Nullable OutcomeStatus status,
        @Size(max = 4000) @Nullable String followUp) {

    static OutcomeForm empty() {
        return new OutcomeForm("", Field.SERVICES, "", OutcomeStatus.AGREED, "");
    }

    static OutcomeForm from(OutcomeSummary o) {
        return new OutcomeForm(o.text(), o.field(), o.responsible(), o.status(), o.followUp());
    }

    OutcomeCommand toCommand() {
        return new OutcomeCommand(
                text == null ? "" : text,
                Objects.requireNonNull(field),
                responsible == null ? "" : responsible,
                Objects.requireNonNull(status),
                followUp == null ? "" : followUp);
    }
}
