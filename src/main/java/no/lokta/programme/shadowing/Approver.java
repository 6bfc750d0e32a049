package no.lokta.programme.shadowing;

import java.util.UUID;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * Someone who may decide on applications: the leader of an organisation (a kommunekontakt, or a
 * partner's contact), or a coordinator, who acts for an organisation that has no such leader.
 */
public record Approver(
        UUID accountId, boolean coordinator, @Nullable UUID organisationId) {

    public static Approver of(UUID accountId, CollaborationAccess access) {
        boolean leads = access.has(Role.MUNICIPALITY_CONTACT) || access.has(Role.PARTNER);
        return new Approver(accountId, access.has(Role.COORDINATOR), leads ? access.organisationId() : null);
    }

    /** Whether the person may see the approvals page at all. */
    public boolean mayApprove() {
        return coordinator || organisationId != null;
    }
}
