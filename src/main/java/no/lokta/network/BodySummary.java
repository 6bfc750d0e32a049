package no.lokta.network;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A governance body with everyone who has sat in it, by start date. */
public record BodySummary(
        UUID id,
        BodyKind kind,
        @Nullable UUID organisationId,
        String organisationName,
        List<BodyMembershipSummary> memberships) {

    public BodySummary {
        memberships = List.copyOf(memberships);
    }
}
