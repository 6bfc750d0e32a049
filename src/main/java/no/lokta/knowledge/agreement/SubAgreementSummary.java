package no.lokta.knowledge.agreement;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A sub-agreement (delavtale) on one topic, with its versions, oldest first. */
public record SubAgreementSummary(
        UUID id, UUID agreementId, AgreementTopic topic, String title, List<VersionSummary> versions) {

    public SubAgreementSummary {
        versions = List.copyOf(versions);
    }

    /** The latest version signed on or before the day. */
    public Optional<VersionSummary> currentOn(LocalDate date) {
        return versions.stream()
                .filter(v -> v.signedBy(date))
                .max(Comparator.comparing((VersionSummary v) -> v.signedOn())
                        .thenComparingInt(VersionSummary::versionNumber));
    }

    /** How the topic stands under this sub-agreement on the day, given the reminder window. */
    public CoverageState stateOn(LocalDate date, int remindDays) {
        if (!topic.inForceOn(date)) {
            return CoverageState.NOT_APPLICABLE;
        }
        return currentOn(date)
                .map(v ->
                        v.revisionDue().minusDays(remindDays).isAfter(date) ? CoverageState.CURRENT : CoverageState.DUE)
                .orElse(CoverageState.MISSING);
    }

    public int nextVersionNumber() {
        return versions.stream().mapToInt(VersionSummary::versionNumber).max().orElse(0) + 1;
    }
}
