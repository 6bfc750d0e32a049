package no.lokta.knowledge.document;

import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import org.jspecify.annotations.Nullable;

/** Who is looking at a collaboration's documents, and so which of them they see. */
public enum Viewer {
    /** Someone not signed in, or not in the collaboration. */
    ANYONE,
    MEMBER,
    COORDINATOR;

    /** The viewer a person's access makes of them; no access is anyone. */
    public static Viewer of(@Nullable CollaborationAccess access) {
        if (access == null) {
            return ANYONE;
        }
        return access.has(Role.COORDINATOR) ? COORDINATOR : MEMBER;
    }

    public boolean sees(Visibility visibility) {
        return switch (visibility) {
            case PUBLIC -> true;
            case MEMBERS -> this != ANYONE;
            case COORDINATORS -> this == COORDINATOR;
        };
    }
}
