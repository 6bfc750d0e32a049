package no.lokta.project.funding.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import no.lokta.project.funding.FunderCommand;
import no.lokta.project.funding.FunderKind;
import org.jspecify.annotations.Nullable;

/** A new funder. */
record FunderForm(
        @NotBlank @Size(max = 200) @Nullable String name,
        @NotNull @Nullable FunderKind kind) {

    static FunderForm empty() {
        return new FunderForm("", FunderKind.MINISTRY);
    }

    FunderCommand toCommand() {
        return new FunderCommand(name == null ? "" : name, Objects.requireNonNull(kind));
    }
}
