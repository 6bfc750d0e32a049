package no.lokta.needs.survey;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A recipient's personal link to a survey, and how far their answer has come. */
public record Invitation(
        UUID recipientId,
        UUID surveyId,
        UUID collaborationId,
        String email,
        @Nullable UUID organisationId,
        LocalDate expiresOn,
        @Nullable LocalDateTime changedAt,
        @Nullable LocalDateTime submittedAt) {

    public boolean submitted() {
        return submittedAt != null;
    }

    public boolean expiredOn(LocalDate today) {
        return today.isAfter(expiresOn);
    }
}
