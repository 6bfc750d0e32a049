package no.lokta.people;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import no.lokta.platform.security.CollaborationAccess;
import org.jspecify.annotations.Nullable;

/** A person's own account: who they are and what they may do in each collaboration (times in Norwegian local time). */
public record AccountSummary(
        UUID id, String email, String name, @Nullable LocalDateTime lastSignInAt, List<CollaborationAccess> access) {

    public AccountSummary {
        access = List.copyOf(access);
    }
}
