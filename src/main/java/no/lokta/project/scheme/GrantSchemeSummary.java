package no.lokta.project.scheme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.lokta.project.funding.FunderKind;
import org.jspecify.annotations.Nullable;

/** A grant scheme as pages read it; the organisations it concerns by name (none: every member). */
public record GrantSchemeSummary(
        UUID id,
        UUID collaborationId,
        String name,
        String funder,
        FunderKind funderKind,
        LocalDate deadline,
        String whoCanApply,
        String link,
        String description,
        List<Party> organisations,
        @Nullable LocalDate publishedOn) {

    /** An organisation the scheme concerns. */
    public record Party(UUID id, String name) {}

    public GrantSchemeSummary {
        organisations = List.copyOf(organisations);
    }

    public List<UUID> organisationIds() {
        return organisations.stream().map(Party::id).toList();
    }

    public boolean published() {
        return publishedOn != null;
    }

    /** Whether it concerns this organisation: named, or every member when none is named. */
    public boolean concerns(UUID organisationId) {
        return organisations.isEmpty() || organisationIds().contains(organisationId);
    }

    /** Whether the application deadline is over on this day. */
    public boolean deadlinePassedOn(LocalDate today) {
        return deadline.isBefore(today);
    }
}
