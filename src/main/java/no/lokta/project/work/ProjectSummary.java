package no.lokta.project.work;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A project as others read it; participants by name. */
public record ProjectSummary(
        UUID id,
        UUID collaborationId,
        String name,
        String purpose,
        @Nullable UUID ownerId,
        @Nullable String ownerName,
        List<Party> participants,
        String leader,
        String steeringGroup,
        ProjectPhase phase,
        LocalDate startsOn,
        @Nullable LocalDate endsOn,
        @Nullable BigDecimal matchingShare) {

    /** An organisation taking part. */
    public record Party(UUID id, String name) {}

    public List<UUID> participantIds() {
        return participants.stream().map(Party::id).toList();
    }
}
