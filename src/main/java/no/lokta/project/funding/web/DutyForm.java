package no.lokta.project.funding.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import no.lokta.project.funding.ReportingDutyCommand;
import no.lokta.project.funding.ReportingDutySummary;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A reporting duty: what, to whom, when due, how many days ahead to remind. */
record DutyForm(
        @Nullable UUID applicationId,
        @NotBlank @Size(max = 200) @Nullable String what,
        @Size(max = 200) @Nullable String recipient,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate dueOn,

        @NotNull @Min(0) @Max(365) @Nullable Integer remindDays) {

    static DutyForm empty(@Nullable UUID applicationId, String recipient) {
        return new DutyForm(applicationId, "", recipient, null, 14);
    }

    static DutyForm from(ReportingDutySummary d) {
        return new DutyForm(d.applicationId(), d.what(), d.recipient(), d.dueOn(), d.remindDays());
    }

    ReportingDutyCommand toCommand() {
        return new ReportingDutyCommand(
                applicationId,
                what == null ? "" : what,
                recipient == null ? "" : recipient,
                Objects.requireNonNull(dueOn),
                Objects.requireNonNull(remindDays));
    }
}
