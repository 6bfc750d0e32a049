package no.lokta.programme;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who edits the programme of a collaboration: a coordinator every activity, a resource-group
 * member the activities of the networks whose resource group they sit in today.
 */
public record ProgrammeEditor(UUID collaborationId, boolean coordinator, Set<UUID> networkIds) {

    public ProgrammeEditor {
        networkIds = Set.copyOf(networkIds);
    }

    public boolean mayEdit(@Nullable UUID networkId) {
        return coordinator || (networkId != null && networkIds.contains(networkId));
    }

    /** The activity, if this editor may edit it; another network's activity is not found. */
    public ActivitySummary check(ActivitySummary activity) {
        if (!activity.collaborationId().equals(collaborationId) || !mayEdit(activity.networkId())) {
            throw new ActivityNotFound();
        }
        return activity;
    }
}
