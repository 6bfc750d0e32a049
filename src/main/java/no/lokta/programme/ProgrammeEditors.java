package no.lokta.programme;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.lokta.network.NetworkManagement;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import org.springframework.stereotype.Component;

/** Decides who edits which activities, for the pages and the API alike. */
@Component
public class ProgrammeEditors {

    private final NetworkManagement networks;
    private final ProgrammeManagement programme;

    ProgrammeEditors(NetworkManagement networks, ProgrammeManagement programme) {
        this.networks = networks;
        this.programme = programme;
    }

    /**
     * The person as an editor of the collaboration's programme: a coordinator, or a
     * resource-group member who sits in at least one network's resource group today; else empty.
     */
    public Optional<ProgrammeEditor> editor(CollaborationAccess access, UUID accountId) {
        UUID collaborationId = access.collaborationId();
        if (access.has(Role.COORDINATOR)) {
            return Optional.of(new ProgrammeEditor(collaborationId, true, Set.of()));
        }
        if (!access.has(Role.RESOURCE_GROUP_MEMBER)) {
            return Optional.empty();
        }
        LocalDate today = programme.now().toLocalDate();
        Set<UUID> mine = networks.networkNames(collaborationId).keySet().stream()
                .filter(n -> networks.isResourceGroupMember(collaborationId, n, accountId, today))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return mine.isEmpty() ? Optional.empty() : Optional.of(new ProgrammeEditor(collaborationId, false, mine));
    }
}
