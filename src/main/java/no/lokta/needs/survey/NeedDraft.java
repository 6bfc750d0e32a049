package no.lokta.needs.survey;

import java.util.Set;
import java.util.UUID;

/**
 * A need as survey results suggest it, for the coordinator to check and save: the topic and
 * professions from the line, the municipalities that reported it, and how many people.
 */
public record NeedDraft(
        UUID surveyId,
        String topic,
        String description,
        Set<String> professions,
        Set<UUID> municipalityIds,
        int people) {

    public NeedDraft {
        professions = Set.copyOf(professions);
        municipalityIds = Set.copyOf(municipalityIds);
    }
}
