package no.lokta.project.help.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import no.lokta.project.help.TimeEntryCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** One entry of the time log; hours are typed as people write them ("1,5" or "1.5"). */
record TimeEntryForm(
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate workedOn,

        @NotBlank @Size(max = 20) @Nullable String hours,
        @Size(max = TimeEntryCommand.MAX_NOTE) @Nullable String note) {

    static TimeEntryForm empty(LocalDate today) {
        return new TimeEntryForm(today, "", "");
    }

    /** The hours as a number, if they read as one (a sign is kept, for the rules to judge). */
    static Optional<BigDecimal> parse(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip().replace('\u2212', '-').replace(',', '.');
        if (!s.matches("-?\\d{1,6}(\\.\\d{1,6})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(s));
    }

    TimeEntryCommand toCommand(BigDecimal parsed) {
        return new TimeEntryCommand(Objects.requireNonNull(workedOn), parsed, note == null ? "" : note);
    }
}
