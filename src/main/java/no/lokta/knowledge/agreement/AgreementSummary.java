package no.lokta.knowledge.agreement;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** An agreement with its parties and sub-agreements, by topic. */
public record AgreementSummary(
        UUID id,
        String title,
        AgreementParty hospitalTrust,
        List<AgreementParty> municipalities,
        int remindDays,
        List<SubAgreementSummary> parts) {

    public AgreementSummary {
        municipalities = List.copyOf(municipalities);
        parts = List.copyOf(parts);
    }

    public Set<UUID> municipalityIds() {
        return municipalities.stream().map(AgreementParty::id).collect(Collectors.toUnmodifiableSet());
    }

    public boolean hasParty(UUID organisationId) {
        return hospitalTrust.id().equals(organisationId) || municipalityIds().contains(organisationId);
    }
}
