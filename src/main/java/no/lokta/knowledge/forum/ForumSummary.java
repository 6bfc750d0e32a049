package no.lokta.knowledge.forum;

import java.util.List;
import java.util.UUID;

/** A forum with its composition on a given day: seats, filled and vacant per group. */
public record ForumSummary(
        UUID id, UUID collaborationId, String name, ForumKind kind, String description, List<Group> groups) {

    /**
     * A group of seats. Filled counts the members of the group and of its subgroups on the day;
     * a subgroup has a parent and is shown under it.
     */
    public record Group(
            UUID id, @org.jspecify.annotations.Nullable UUID parentId, String name, int seats, int filled) {

        public int vacant() {
            return Math.max(0, seats - filled);
        }

        /** More members than seats. */
        public boolean over() {
            return filled > seats;
        }
    }

    public int seats() {
        return groups.stream()
                .filter(g -> g.parentId() == null)
                .mapToInt(Group::seats)
                .sum();
    }

    public int filled() {
        return groups.stream()
                .filter(g -> g.parentId() == null)
                .mapToInt(Group::filled)
                .sum();
    }

    public int vacant() {
        return groups.stream()
                .filter(g -> g.parentId() == null)
                .mapToInt(Group::vacant)
                .sum();
    }
}
