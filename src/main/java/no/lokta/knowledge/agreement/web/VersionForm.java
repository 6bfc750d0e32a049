package no.lokta.knowledge.agreement.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import no.lokta.knowledge.agreement.VersionCommand;
import no.lokta.knowledge.agreement.VersionSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The coordinator's version form; no signed date makes the version a draft. */
record VersionForm(
        @NotNull @Min(1) @Max(VersionCommand.MAX_VERSION) @Nullable
        Integer versionNumber,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate signedOn,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate validFrom,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate revisionDue,

        @Size(max = VersionCommand.MAX_NOTE) @Nullable String note,
        @Size(max = VersionCommand.MAX_LINK) @Nullable String link) {

    static VersionForm empty(int versionNumber) {
        return new VersionForm(versionNumber, null, null, null, "", "");
    }

    static VersionForm from(VersionSummary v) {
        return new VersionForm(v.versionNumber(), v.signedOn(), v.validFrom(), v.revisionDue(), v.note(), v.link());
    }

    /** Called once bean validation passed. */
    VersionCommand toCommand() {
        return new VersionCommand(
                Objects.requireNonNull(versionNumber),
                signedOn,
                validFrom,
                Objects.requireNonNull(revisionDue),
                note == null ? "" : note,
                link == null ? "" : link);
    }
}
