package no.lokta.project.fund.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import no.lokta.platform.money.Nok;
import no.lokta.project.fund.CallCommand;
import no.lokta.project.fund.CallSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The coordinator's form for a call; the pot is typed as people write kroner. */
record CallForm(
        @NotBlank @Size(max = CallCommand.MAX_TITLE) @Nullable
        String title,

        @Size(max = CallCommand.MAX_TEXT) @Nullable String description,
        @Size(max = CallCommand.MAX_TEXT) @Nullable String criteria,

        @NotBlank @Size(max = 30) @Nullable String pot,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate opensOn,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate deadline) {

    static CallForm empty() {
        return new CallForm("", "", "", "", null, null);
    }

    static CallForm from(CallSummary c) {
        return new CallForm(c.title(), c.description(), c.criteria(), c.pot().input(), c.opensOn(), c.deadline());
    }

    /** Called once bean validation passed and the pot was read. */
    CallCommand toCommand(Nok pot) {
        return new CallCommand(
                text(title),
                text(description),
                text(criteria),
                pot,
                Objects.requireNonNull(opensOn),
                Objects.requireNonNull(deadline));
    }

    static String text(@Nullable String s) {
        return s == null ? "" : s;
    }
}
