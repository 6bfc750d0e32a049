package no.lokta.member.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.lokta.member.CollaborationCommand;
import no.lokta.member.CollaborationSummary;
import org.jspecify.annotations.Nullable;

/** Name, owner body and description of the collaboration. */
record CollaborationForm(
        @NotBlank @Size(max = 200) @Nullable String name,
        @Size(max = 200) @Nullable String ownerBody,
        @Size(max = 4000) @Nullable String description) {

    static CollaborationForm from(CollaborationSummary c) {
        return new CollaborationForm(c.name(), c.ownerBody(), c.description());
    }

    CollaborationCommand toCommand() {
        return new CollaborationCommand(
                name == null ? "" : name, ownerBody == null ? "" : ownerBody, description == null ? "" : description);
    }
}
