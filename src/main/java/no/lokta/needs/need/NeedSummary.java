package no.lokta.needs.need;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A need as pages, the API and orders see it; a merged need names the one it went into, and a need
 * whose activity was completed tells how many from its municipalities attended.
 */
public record NeedSummary(
        UUID id,
        UUID collaborationId,
        String topic,
        String description,
        List<String> professions,
        List<Municipality> municipalities,
        int people,
        NeedUrgency urgency,
        NeedSource source,
        @Nullable UUID sourceRef,
        NeedStatus status,
        @Nullable UUID mergedInto,
        LocalDateTime createdAt,
        @Nullable Integer attended) {

    public record Municipality(UUID id, String name) {}

    public NeedSummary {
        professions = List.copyOf(professions);
        municipalities = List.copyOf(municipalities);
    }

    /** Before its activity was completed. */
    public NeedSummary(
            UUID id,
            UUID collaborationId,
            String topic,
            String description,
            List<String> professions,
            List<Municipality> municipalities,
            int people,
            NeedUrgency urgency,
            NeedSource source,
            @Nullable UUID sourceRef,
            NeedStatus status,
            @Nullable UUID mergedInto,
            LocalDateTime createdAt) {
        this(
                id,
                collaborationId,
                topic,
                description,
                professions,
                municipalities,
                people,
                urgency,
                source,
                sourceRef,
                status,
                mergedInto,
                createdAt,
                null);
    }

    public boolean merged() {
        return mergedInto != null;
    }

    public boolean concerns(UUID organisationId) {
        return municipalities.stream().anyMatch(m -> m.id().equals(organisationId));
    }

    public String professionList() {
        return String.join(", ", professions);
    }

    public String municipalityList() {
        return String.join(", ", municipalities.stream().map(Municipality::name).toList());
    }
}
