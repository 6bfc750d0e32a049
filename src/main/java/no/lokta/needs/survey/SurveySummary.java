package no.lokta.needs.survey;

import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A survey as listed: its title, status and size, what it is for and, for an evaluation, its activity. */
public record SurveySummary(
        UUID id,
        UUID collaborationId,
        String title,
        String introduction,
        SurveyStatus status,
        LocalDateTime createdAt,
        @Nullable LocalDateTime publishedAt,
        int sections,
        int questions,
        SurveyPurpose purpose,
        @Nullable UUID activityId) {

    public boolean template() {
        return purpose == SurveyPurpose.EVALUATION_TEMPLATE;
    }

    public boolean editable() {
        return status == SurveyStatus.DRAFT;
    }
}
