package no.lokta.knowledge.consultant.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import no.lokta.knowledge.consultant.ConsultantCommand;
import no.lokta.knowledge.consultant.ConsultantSummary;
import no.lokta.knowledge.consultant.Profession;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The practice-consultant form. */
record ConsultantForm(
        @NotBlank @Size(max = 200) @Nullable String name,
        @NotNull @Nullable Profession profession,
        @NotNull @Nullable UUID hospitalTrustId,
        @Size(max = 200) @Nullable String department,
        @NotNull @Min(1) @Max(100) @Nullable Integer positionPercent,
        @Nullable Boolean coordinator,
        @Nullable Boolean leader,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate fromDate,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate toDate) {

    static ConsultantForm empty(LocalDate today) {
        return new ConsultantForm("", Profession.GP, null, "", 20, false, false, today, null);
    }

    static ConsultantForm from(ConsultantSummary c) {
        return new ConsultantForm(
                c.name(),
                c.profession(),
                c.hospitalTrustId(),
                c.department(),
                c.positionPercent(),
                c.coordinator(),
                c.leader(),
                c.fromDate(),
                c.toDate());
    }

    ConsultantCommand toCommand() {
        return new ConsultantCommand(
                name == null ? "" : name,
                Objects.requireNonNull(profession),
                Objects.requireNonNull(hospitalTrustId),
                department == null ? "" : department,
                Objects.requireNonNull(positionPercent),
                Boolean.TRUE.equals(coordinator),
                Boolean.TRUE.equals(leader),
                Objects.requireNonNull(fromDate),
                toDate);
    }
}
