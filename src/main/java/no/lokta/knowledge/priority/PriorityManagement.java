package no.lokta.knowledge.priority;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.lokta.knowledge.example.CategorySummary;
import no.lokta.knowledge.example.ExampleManagement;
import no.lokta.platform.audit.AuditLog;
import no.lokta.platform.web.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A collaboration's priority areas in their order. Each change to the list is decided under one
 * lock per collaboration, so that two coordinators moving areas at once still leave the positions
 * 1, 2, 3 … without gaps or twins.
 */
@Service
public class PriorityManagement {

    private final PriorityAreas areas;
    private final ExampleManagement examples;
    private final AuditLog audit;
    private final Clock clock = Clock.system(ZoneId.of("Europe/Oslo"));

    PriorityManagement(PriorityAreas areas, ExampleManagement examples, AuditLog audit) {
        this.areas = areas;
        this.examples = examples;
        this.audit = audit;
    }

    /** The areas in their order, each with its categories and their published examples: three queries in all. */
    public List<PriorityArea> areas(UUID collaborationId) {
        List<CategorySummary> categories = examples.categories(collaborationId);
        Map<UUID, Integer> published = examples.publishedPerCategory(collaborationId);
        Map<UUID, List<UUID>> links = areas.links(collaborationId).stream()
                .collect(Collectors.groupingBy(
                        PriorityAreas.Link::priorityAreaId,
                        Collectors.mapping(PriorityAreas.Link::categoryId, Collectors.toList())));
        return areas.of(collaborationId).stream()
                .map(row -> new PriorityArea(
                        row.id(),
                        row.name(),
                        row.goal(),
                        row.description(),
                        row.position(),
                        categories.stream()
                                .filter(c ->
                                        links.getOrDefault(row.id(), List.of()).contains(c.id()))
                                .map(c ->
                                        new PriorityArea.Category(c.id(), c.name(), published.getOrDefault(c.id(), 0)))
                                .toList()))
                .toList();
    }

    public PriorityArea area(UUID collaborationId, UUID id) {
        return areas(collaborationId).stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow(PriorityAreaNotFound::new);
    }

    @Transactional
    public PriorityArea create(UUID collaborationId, PriorityAreaCommand c) {
        areas.lockList(collaborationId);
        check(collaborationId, c, null);
        UUID id = UUID.randomUUID();
        areas.insert(id, collaborationId, c, now());
        areas.link(id, c.categoryIds());
        place(collaborationId, id, c.position());
        PriorityArea created = area(collaborationId, id);
        audit.created(collaborationId, "priority-area", id, created.name(), c);
        return created;
    }

    @Transactional
    public PriorityArea update(UUID collaborationId, UUID id, PriorityAreaCommand c) {
        areas.lockList(collaborationId);
        PriorityArea before = area(collaborationId, id);
        check(collaborationId, c, id);
        areas.update(id, c, now());
        areas.link(id, c.categoryIds());
        place(collaborationId, id, c.position() == null ? before.position() : c.position());
        PriorityArea after = area(collaborationId, id);
        audit.updated(collaborationId, "priority-area", id, after.name(), before, after);
        return after;
    }

    @Transactional
    public PriorityArea delete(UUID collaborationId, UUID id) {
        areas.lockList(collaborationId);
        PriorityArea before = area(collaborationId, id);
        areas.delete(id);
        place(collaborationId, null, null);
        audit.deleted(collaborationId, "priority-area", id, before.name(), before);
        return before;
    }

    private void check(UUID collaborationId, PriorityAreaCommand c, @Nullable UUID id) {
        if (areas.nameTaken(collaborationId, c.name(), id)) {
            throw new InvalidInput("name", "priority.name.taken");
        }
        var own = examples.categories(collaborationId).stream()
                .map(CategorySummary::id)
                .collect(Collectors.toSet());
        if (!own.containsAll(c.categoryIds())) {
            throw new InvalidInput("categoryIds", "priority.categories.unknown");
        }
    }

    /** Puts the area at the position (1 is first; past the end is last) and numbers the rest around it. */
    private void place(UUID collaborationId, @Nullable UUID id, @Nullable Integer position) {
        List<UUID> order = new ArrayList<>(areas.of(collaborationId).stream()
                .map(PriorityAreas.Row::id)
                .filter(x -> !x.equals(id))
                .toList());
        if (id != null) {
            int at = position == null ? order.size() : Math.clamp(position - 1, 0, order.size());
            order.add(at, id);
        }
        areas.order(collaborationId, order);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
