package no.lokta.needs.survey;

import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A survey as listed: its title, status and size. */
public record SurveySummary(
        UUID id,
        UUID collaborationId,
        String title,
        String introduction,
        SurveyStatus status,
        LocalDateTime createdAt,
        @Nullable LocalDateTime publishedAt,
        int sections,
        int questions) {

    public boolean editable() {
        return status == SurveyStatus.DRAFT;
    }
}
