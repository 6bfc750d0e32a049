package no.lokta.people;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import no.lokta.platform.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * A person with roles in one collaboration, as coordinators see them. {@code passwordSet} is false
 * until the person has followed the link in their welcome mail. Times are Norwegian local time.
 */
public record PersonSummary(
        UUID accountId,
        String name,
        String email,
        List<Role> roles,
        @Nullable UUID organisationId,
        @Nullable LocalDateTime lastSignInAt,
        boolean passwordSet) {

    public PersonSummary {
        roles = List.copyOf(roles);
    }
}
