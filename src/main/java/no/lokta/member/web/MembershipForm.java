package no.lokta.member.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import no.lokta.member.MembershipCommand;
import no.lokta.member.MembershipKind;
import no.lokta.member.MembershipSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A membership period as entered. */
record MembershipForm(
        @NotNull @Nullable MembershipKind kind,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate validFrom,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate validTo,

        @Size(max = 1000) @Nullable String note) {

    static MembershipForm empty() {
        return new MembershipForm(MembershipKind.MEMBER, LocalDate.now(), null, "");
    }

    static MembershipForm from(MembershipSummary m) {
        return new MembershipForm(m.kind(), m.validFrom(), m.validTo(), m.note());
    }

    MembershipCommand toCommand(UUID organisationId) {
        return new MembershipCommand(
                organisationId,
                kind == null ? MembershipKind.MEMBER : kind,
                validFrom == null ? LocalDate.now() : validFrom,
                validTo,
                note == null ? "" : note);
    }
}
