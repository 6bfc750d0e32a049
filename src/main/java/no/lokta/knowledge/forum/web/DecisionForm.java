package no.lokta.knowledge.forum.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import no.lokta.knowledge.forum.DecisionCommand;
import no.lokta.knowledge.forum.DecisionStatus;
import no.lokta.knowledge.forum.DecisionSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A decision and its follow-up. */
record DecisionForm(
        @NotBlank @Size(max = 4000) @Nullable String text,
        @Size(max = 4000) @Nullable String followUp,
        @Size(max = 200) @Nullable String responsible,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate dueOn,

        @NotNull @Nullable DecisionStatus status) {

    static DecisionForm empty() {
        return new DecisionForm("", "", "", null, DecisionStatus.OPEN);
    }

    static DecisionForm from(DecisionSummary d) {
        return new DecisionForm(d.text(), d.followUp(), d.responsible(), d.dueOn(), d.status());
    }

    DecisionCommand toCommand() {
        return new DecisionCommand(
                ForumForm.text(text),
                ForumForm.text(followUp),
                ForumForm.text(responsible),
                dueOn,
                Objects.requireNonNull(status));
    }
}
