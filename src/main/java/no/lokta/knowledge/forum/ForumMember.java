package no.lokta.knowledge.forum;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A member of a forum, with the group and organisation by name. */
public record ForumMember(
        UUID id,
        UUID forumId,
        UUID groupId,
        String groupName,
        String name,
        @Nullable UUID organisationId,
        @Nullable String organisationName,
        String title,
        String email,
        LocalDate fromDate,
        @Nullable LocalDate toDate) {

    public boolean activeOn(LocalDate day) {
        return !fromDate.isAfter(day) && (toDate == null || !toDate.isBefore(day));
    }
}
