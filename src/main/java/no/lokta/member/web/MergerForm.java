package no.lokta.member.web;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.lokta.member.MergerCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** Which municipalities merge, into which successor, from which date. */
record MergerForm(
        @NotEmpty @Nullable List<UUID> merging,
        @NotNull @Nullable UUID successorId,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate effective) {

    static MergerForm empty() {
        return new MergerForm(List.of(), null, LocalDate.of(LocalDate.now().getYear() + 1, 1, 1));
    }

    MergerCommand toCommand() {
        return new MergerCommand(
                merging == null ? List.of() : merging,
                successorId == null ? new UUID(0, 0) : successorId,
                effective == null ? LocalDate.now() : effective);
    }
}
