package no.lokta.needs.plan;

import java.util.UUID;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Whose plans a person may see and edit in a collaboration: a coordinator every member's, a
 * kommunekontakt their own municipality's only ({@code organisationId} set).
 */
public record PlanScope(UUID collaborationId, @Nullable UUID organisationId) {

    public static PlanScope of(CollaborationAccess access) {
        if (access.has(Role.COORDINATOR)) {
            return new PlanScope(access.collaborationId(), null);
        }
        UUID own = access.organisationId();
        if (access.has(Role.MUNICIPALITY_CONTACT) && own != null) {
            return new PlanScope(access.collaborationId(), own);
        }
        throw new AccessDeniedException("coordinator or municipality contact required");
    }

    public boolean coordinator() {
        return organisationId == null;
    }

    public boolean covers(UUID organisation) {
        return organisationId == null || organisationId.equals(organisation);
    }
}
