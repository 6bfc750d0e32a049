package no.lokta.member.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.lokta.member.OrganisationCommand;
import no.lokta.member.OrganisationKind;
import no.lokta.member.OrganisationSummary;
import org.jspecify.annotations.Nullable;

/** The organisation form; the command checks numbers and the rules between fields. */
record OrganisationForm(
        @NotNull @Nullable OrganisationKind kind,
        @NotBlank @Size(max = 200) @Nullable String name,
        @Nullable String municipalityNumber,
        @Nullable String organisationNumber,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String website) {

    static OrganisationForm empty() {
        return new OrganisationForm(OrganisationKind.MUNICIPALITY, "", "", "", "", "", "");
    }

    static OrganisationForm from(OrganisationSummary o) {
        return new OrganisationForm(
                o.kind(), o.name(), o.municipalityNumber(), o.organisationNumber(), o.email(), o.phone(), o.website());
    }

    OrganisationCommand toCommand() {
        return new OrganisationCommand(
                kind == null ? OrganisationKind.MUNICIPALITY : kind,
                name == null ? "" : name,
                municipalityNumber,
                organisationNumber,
                email == null ? "" : email,
                phone == null ? "" : phone,
                website == null ? "" : website);
    }
}
