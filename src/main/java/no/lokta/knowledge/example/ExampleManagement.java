package no.lokta.knowledge.example;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationSummary;
import no.lokta.network.NetworkManagement;
import no.lokta.platform.audit.AuditLog;
import no.lokta.platform.web.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The good examples of a collaboration and their categories. Coordinators write, publish and
 * remove examples and keep the category list; anyone reads the published ones, searched in
 * Norwegian. Every coordinator method takes the collaboration it works in; an id of another one is
 * not found.
 */
@Service
@Transactional(readOnly = true)
public class ExampleManagement {

    /** The kinds of good example Helsedialog sorted its 34 by: every collaboration starts with them. */
    public static final List<String> STARTING_CATEGORIES = List.of(
            "Lærings- og mestringssentre",
            "Individuelt tilrettelagte tjenester",
            "Kompetanseutveksling",
            "Ambulante team",
            "Felles rutiner og prosedyrer",
            "Avtaler mellom helseforetak og kommuner",
            "Samdrift av tjenester",
            "Elektronisk samhandling");

    /** How many related examples an example page shows at most. */
    public static final int RELATED = 5;

    public static final int MAX_CATEGORY = 100;

    private final Examples examples;
    private final ExampleCategories categories;
    private final MemberManagement members;
    private final NetworkManagement networks;
    private final AuditLog audit;
    private final Clock clock = Clock.system(java.time.ZoneId.of("Europe/Oslo"));

    ExampleManagement(
            Examples examples,
            ExampleCategories categories,
            MemberManagement members,
            NetworkManagement networks,
            AuditLog audit) {
        this.examples = examples;
        this.categories = categories;
        this.members = members;
        this.networks = networks;
        this.audit = audit;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    // --- categories

    /** The collaboration's categories in their order, each with how many examples use it. */
    public List<CategorySummary> categories(UUID collaborationId) {
        return categories.of(collaborationId);
    }

    /** How many published examples each category has, for pages that point into the library. */
    public Map<UUID, Integer> publishedPerCategory(UUID collaborationId) {
        return categories.publishedPerCategory(collaborationId);
    }

    /**
     * Gives a collaboration the starting categories the first time it needs them; after that the
     * list is the coordinators', even when they empty it.
     */
    @Transactional
    public List<CategorySummary> ensureCategories(UUID collaborationId) {
        if (categories.markSeeded(collaborationId, now())) {
            for (String name : STARTING_CATEGORIES) {
                if (!categories.nameTaken(collaborationId, name, new UUID(0, 0))) {
                    categories.insert(UUID.randomUUID(), collaborationId, name);
                }
            }
        }
        return categories.of(collaborationId);
    }

    @Transactional
    public CategorySummary addCategory(UUID collaborationId, String name) {
        ensureCategories(collaborationId);
        String checked = categoryName(collaborationId, name, new UUID(0, 0));
        UUID id = UUID.randomUUID();
        categories.insert(id, collaborationId, checked);
        CategorySummary created = categories.find(collaborationId, id).orElseThrow(ExampleNotFound::new);
        audit.created(collaborationId, "exampleCategory", id, created.name(), created);
        return created;
    }

    @Transactional
    public CategorySummary renameCategory(UUID collaborationId, UUID id, String name) {
        lockCategory(collaborationId, id);
        CategorySummary before = categories.find(collaborationId, id).orElseThrow(ExampleNotFound::new);
        String checked = categoryName(collaborationId, name, id);
        categories.rename(id, checked);
        CategorySummary after = categories.find(collaborationId, id).orElseThrow(ExampleNotFound::new);
        audit.updated(collaborationId, "exampleCategory", id, after.name(), before, after);
        return after;
    }

    /** Removes a category no example uses; one in use is refused and stays. */
    @Transactional
    public CategorySummary removeCategory(UUID collaborationId, UUID id) {
        lockCategory(collaborationId, id);
        CategorySummary before = categories.find(collaborationId, id).orElseThrow(ExampleNotFound::new);
        if (before.inUse()) {
            throw new InvalidInput("name", "example.category.inUse", before.uses());
        }
        categories.delete(id);
        audit.deleted(collaborationId, "exampleCategory", id, before.name(), before);
        return before;
    }

    private String categoryName(UUID collaborationId, String name, UUID except) {
        String n = name.strip();
        if (n.isEmpty()) {
            throw new InvalidInput("name", "NotBlank");
        }
        if (n.length() > MAX_CATEGORY) {
            throw new InvalidInput("name", "form.tooLong", MAX_CATEGORY);
        }
        if (categories.nameTaken(collaborationId, n, except)) {
            throw new InvalidInput("name", "example.category.taken");
        }
        return n;
    }

    private void lockCategory(UUID collaborationId, UUID id) {
        if (!categories.lock(id).map(collaborationId::equals).orElse(false)) {
            throw new ExampleNotFound();
        }
    }

    // --- examples, as the coordinator sees them

    /** Every example of the collaboration, drafts too, latest changed first. */
    public List<ExampleSummary> examples(UUID collaborationId) {
        return named(collaborationId, examples.ofCollaboration(collaborationId));
    }

    /** An example of the collaboration, draft or published. */
    public ExampleSummary example(UUID collaborationId, UUID id) {
        return examples.find(id)
                .filter(e -> e.collaborationId().equals(collaborationId))
                .map(e -> named(collaborationId, e))
                .orElseThrow(ExampleNotFound::new);
    }

    @Transactional
    public ExampleSummary create(UUID collaborationId, ExampleCommand c) {
        check(collaborationId, c);
        UUID id = UUID.randomUUID();
        examples.insert(id, collaborationId, c, now());
        ExampleSummary created = example(collaborationId, id);
        audit.created(collaborationId, "example", id, created.title(), created);
        return created;
    }

    @Transactional
    public ExampleSummary update(UUID collaborationId, UUID id, ExampleCommand c) {
        lock(collaborationId, id);
        ExampleSummary before = example(collaborationId, id);
        check(collaborationId, c);
        examples.update(id, c, now());
        ExampleSummary after = example(collaborationId, id);
        audit.updated(collaborationId, "example", id, after.title(), before, after);
        return after;
    }

    /** Puts the example in the public library; a second click changes nothing. */
    @Transactional
    public ExampleSummary publish(UUID collaborationId, UUID id) {
        lock(collaborationId, id);
        ExampleSummary before = example(collaborationId, id);
        if (before.published()) {
            return before;
        }
        examples.status(id, ExampleStatus.PUBLISHED, now());
        ExampleSummary after = example(collaborationId, id);
        audit.updated(collaborationId, "example", id, after.title(), before, after);
        return after;
    }

    /** Takes the example out of the public library, back to a draft. */
    @Transactional
    public ExampleSummary unpublish(UUID collaborationId, UUID id) {
        lock(collaborationId, id);
        ExampleSummary before = example(collaborationId, id);
        if (!before.published()) {
            return before;
        }
        examples.status(id, ExampleStatus.DRAFT, null);
        ExampleSummary after = example(collaborationId, id);
        audit.updated(collaborationId, "example", id, after.title(), before, after);
        return after;
    }

    @Transactional
    public ExampleSummary delete(UUID collaborationId, UUID id) {
        lock(collaborationId, id);
        ExampleSummary before = example(collaborationId, id);
        examples.delete(id);
        audit.deleted(collaborationId, "example", id, before.title(), before);
        return before;
    }

    // --- the public library

    /** A published example, whoever asks; a draft is not found. */
    public ExampleSummary published(UUID id) {
        return examples.find(id)
                .filter(ExampleSummary::published)
                .map(e -> named(e.collaborationId(), e))
                .orElseThrow(ExampleNotFound::new);
    }

    /** A published example of one collaboration (the API's view); a draft or another's is not found. */
    public ExampleSummary published(UUID collaborationId, UUID id) {
        ExampleSummary e = published(id);
        if (!e.collaborationId().equals(collaborationId)) {
            throw new ExampleNotFound();
        }
        return e;
    }

    /** The collaboration an example belongs to, draft or not; for deciding who may see a draft. */
    public UUID collaborationOf(UUID id) {
        return examples.find(id).map(ExampleSummary::collaborationId).orElseThrow(ExampleNotFound::new);
    }

    /**
     * Published examples matching the filter. Words are searched in Norwegian: each word as
     * {@code websearch_to_tsquery('norwegian', ...)} reads it (quotes for phrases, {@code or},
     * {@code -} for not), also finding its longer forms ({@link SearchTerms}), ranked by
     * {@code ts_rank} with the title weighing most, then the summary, then the results.
     */
    public ExamplePage search(ExampleFilter filter) {
        String tsquery = null;
        if (!filter.query().isEmpty()) {
            String parsed = examples.websearch(filter.query());
            tsquery = parsed.isBlank() ? null : SearchTerms.prefixed(parsed);
        }
        ExamplePage page = examples.search(filter, tsquery);
        Map<UUID, Map<UUID, String>> names = new HashMap<>();
        List<ExampleHit> hits = page.hits().stream()
                .map(h -> new ExampleHit(named(names, h.example()), h.rank(), h.headline()))
                .toList();
        return new ExamplePage(hits, page.total(), page.page(), page.size());
    }

    /** Up to {@link #RELATED} published examples most like this one, from its own collaboration. */
    public List<ExampleSummary> related(UUID id) {
        List<ExampleSummary> found = examples.related(id, RELATED);
        Map<UUID, Map<UUID, String>> names = new HashMap<>();
        return found.stream().map(e -> named(names, e)).toList();
    }

    /** The collaborations that have published examples, for choosing among them. */
    public Set<UUID> collaborationsWithExamples() {
        return new LinkedHashSet<>(examples.collaborationsWithExamples());
    }

    // --- checks and names

    private void check(UUID collaborationId, ExampleCommand c) {
        if (categories.find(collaborationId, c.categoryId()).isEmpty()) {
            throw new InvalidInput("categoryId", "example.category.unknown");
        }
        UUID network = c.networkId();
        if (network != null && !networks.networkNames(collaborationId).containsKey(network)) {
            throw new InvalidInput("networkId", "example.network.unknown");
        }
        if (!c.organisationIds().isEmpty()) {
            Set<UUID> own = members.organisations(collaborationId).stream()
                    .map(OrganisationSummary::id)
                    .collect(Collectors.toSet());
            if (!own.containsAll(c.organisationIds())) {
                throw new InvalidInput("organisationIds", "example.organisations.unknown");
            }
        }
    }

    private void lock(UUID collaborationId, UUID id) {
        if (!examples.lock(id).map(collaborationId::equals).orElse(false)) {
            throw new ExampleNotFound();
        }
    }

    private List<ExampleSummary> named(UUID collaborationId, List<ExampleSummary> list) {
        Map<UUID, String> names = networks.networkNames(collaborationId);
        return list.stream().map(e -> withNetwork(names, e)).toList();
    }

    private ExampleSummary named(UUID collaborationId, ExampleSummary e) {
        return e.networkId() == null ? e : withNetwork(networks.networkNames(collaborationId), e);
    }

    private ExampleSummary named(Map<UUID, Map<UUID, String>> cache, ExampleSummary e) {
        if (e.networkId() == null) {
            return e;
        }
        return withNetwork(cache.computeIfAbsent(e.collaborationId(), networks::networkNames), e);
    }

    private static ExampleSummary withNetwork(Map<UUID, String> names, ExampleSummary e) {
        UUID network = e.networkId();
        @Nullable String name = network == null ? null : names.get(network);
        return e.withNetworkName(name);
    }
}
