package no.lokta.platform.security;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * What a signed-in person may do in one collaboration. A municipality contact is tied to the
 * organisation they speak for.
 */
public record CollaborationAccess(
        UUID collaborationId,
        String collaborationName,
        Set<Role> roles,
        @Nullable UUID organisationId) implements Serializable {

    public CollaborationAccess {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * The organisation a municipality contact or partner speaks for. One without may see nothing
     * that is shown per organisation.
     */
    public UUID requireOrganisation() {
        if (organisationId == null) {
            throw new AccessDeniedException("no organisation in " + collaborationName);
        }
        return organisationId;
    }
}
