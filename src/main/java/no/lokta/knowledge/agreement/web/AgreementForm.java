package no.lokta.knowledge.agreement.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import no.lokta.knowledge.agreement.AgreementCommand;
import no.lokta.knowledge.agreement.AgreementParty;
import no.lokta.knowledge.agreement.AgreementSummary;
import org.jspecify.annotations.Nullable;

/** The coordinator's agreement form: title, parties and the reminder window. */
record AgreementForm(
        @NotBlank @Size(max = AgreementCommand.MAX_TITLE) @Nullable
        String title,

        @NotNull @Nullable UUID hospitalTrustId,
        @Nullable List<UUID> municipalityIds,

        @NotNull @Min(0) @Max(AgreementCommand.MAX_REMIND_DAYS) @Nullable
        Integer remindDays) {

    static AgreementForm empty() {
        return new AgreementForm("", null, List.of(), AgreementCommand.DEFAULT_REMIND_DAYS);
    }

    static AgreementForm from(AgreementSummary a) {
        return new AgreementForm(
                a.title(),
                a.hospitalTrust().id(),
                a.municipalities().stream().map(AgreementParty::id).toList(),
                a.remindDays());
    }

    boolean noMunicipality() {
        return municipalityIds == null || municipalityIds.isEmpty();
    }

    /** Called once bean validation passed. */
    AgreementCommand toCommand() {
        return new AgreementCommand(
                title == null ? "" : title,
                Objects.requireNonNull(hospitalTrustId),
                new LinkedHashSet<>(municipalityIds == null ? List.of() : municipalityIds),
                Objects.requireNonNull(remindDays));
    }
}
