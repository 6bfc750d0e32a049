package no.lokta.project.scheme;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.lokta.member.ContactPerson;
import no.lokta.member.MemberManagement;
import no.lokta.member.MembershipSummary;
import no.lokta.people.PeopleManagement;
import no.lokta.people.PersonSummary;
import no.lokta.platform.audit.AuditLog;
import no.lokta.platform.security.Role;
import no.lokta.platform.web.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grant schemes a collaboration watches for its members. Every method takes the collaboration it
 * works in; an id from another one is not found. Publishing is done once, under the scheme's row
 * lock, so that a second click mails no one again.
 */
@Service
@Transactional(readOnly = true)
public class SchemeManagement {

    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    private final GrantSchemes schemes;
    private final MemberManagement members;
    private final PeopleManagement people;
    private final SchemeMails mails;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.system(ZONE);

    SchemeManagement(
            GrantSchemes schemes,
            MemberManagement members,
            PeopleManagement people,
            SchemeMails mails,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.schemes = schemes;
        this.members = members;
        this.people = people;
        this.mails = mails;
        this.audit = audit;
        this.events = events;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every scheme of the collaboration, the next deadline first. */
    public List<GrantSchemeSummary> schemes(UUID collaborationId) {
        return schemes.ofCollaboration(collaborationId);
    }

    public GrantSchemeSummary scheme(UUID collaborationId, UUID id) {
        return schemes.find(id)
                .filter(s -> s.collaborationId().equals(collaborationId))
                .orElseThrow(GrantSchemeNotFound::new);
    }

    /**
     * The published schemes that concern an organisation: those with a deadline still to come
     * first, the nearest first; then those whose deadline is over, the latest first.
     */
    public List<GrantSchemeSummary> publishedFor(UUID collaborationId, UUID organisationId) {
        LocalDate today = today();
        return schemes.ofCollaboration(collaborationId).stream()
                .filter(s -> s.published() && s.concerns(organisationId))
                .sorted(upcomingFirst(today))
                .toList();
    }

    /** A published scheme that concerns the organisation; any other is not found. */
    public GrantSchemeSummary publishedFor(UUID collaborationId, UUID organisationId, UUID id) {
        GrantSchemeSummary s = scheme(collaborationId, id);
        if (!s.published() || !s.concerns(organisationId)) {
            throw new GrantSchemeNotFound();
        }
        return s;
    }

    static Comparator<GrantSchemeSummary> upcomingFirst(LocalDate today) {
        Comparator<GrantSchemeSummary> passedLast = Comparator.comparing(s -> s.deadlinePassedOn(today));
        return passedLast
                .thenComparing((a, b) -> a.deadlinePassedOn(today)
                        ? b.deadline().compareTo(a.deadline())
                        : a.deadline().compareTo(b.deadline()))
                .thenComparing(GrantSchemeSummary::name);
    }

    /** The organisations that are members (or partners) of the collaboration today, by name. */
    public Map<UUID, String> currentMembers(UUID collaborationId) {
        Map<UUID, String> current = new LinkedHashMap<>();
        for (MembershipSummary m : members.membersOn(collaborationId, today())) {
            current.putIfAbsent(m.organisationId(), m.organisationName());
        }
        return current;
    }

    @Transactional
    public GrantSchemeSummary create(UUID collaborationId, GrantSchemeCommand c) {
        check(collaborationId, c, Set.of());
        UUID id = UUID.randomUUID();
        schemes.insert(id, collaborationId, c);
        GrantSchemeSummary created = scheme(collaborationId, id);
        audit.created(collaborationId, "grantScheme", id, created.name(), created);
        return created;
    }

    @Transactional
    public GrantSchemeSummary update(UUID collaborationId, UUID id, GrantSchemeCommand c) {
        lock(collaborationId, id);
        GrantSchemeSummary before = scheme(collaborationId, id);
        check(collaborationId, c, Set.copyOf(before.organisationIds()));
        schemes.update(id, c);
        GrantSchemeSummary after = scheme(collaborationId, id);
        audit.updated(collaborationId, "grantScheme", id, after.name(), before, after);
        return after;
    }

    @Transactional
    public GrantSchemeSummary delete(UUID collaborationId, UUID id) {
        lock(collaborationId, id);
        GrantSchemeSummary before = scheme(collaborationId, id);
        schemes.delete(id);
        audit.deleted(collaborationId, "grantScheme", id, before.name(), before);
        return before;
    }

    /**
     * Publishes the scheme as news: sets the day, mails the contact persons and the municipality
     * contacts of the organisations it concerns (every current member when it names none), and
     * announces {@link GrantSchemePublished}. A scheme already published is returned unchanged.
     */
    @Transactional
    public GrantSchemeSummary publish(UUID collaborationId, UUID id) {
        lock(collaborationId, id);
        GrantSchemeSummary before = scheme(collaborationId, id);
        if (before.published()) {
            return before;
        }
        schemes.published(id, today());
        GrantSchemeSummary after = scheme(collaborationId, id);
        audit.updated(collaborationId, "grantScheme", id, after.name(), before, after);
        mails.published(collaborationId, recipients(collaborationId, after), after);
        events.publishEvent(new GrantSchemePublished(collaborationId, id, after.name(), after.deadline()));
        return after;
    }

    /** Who is told of a published scheme: each address once, whatever its case. */
    List<String> recipients(UUID collaborationId, GrantSchemeSummary s) {
        Set<UUID> concerned = s.organisations().isEmpty()
                ? currentMembers(collaborationId).keySet()
                : new LinkedHashSet<>(s.organisationIds());
        Map<String, String> byAddress = new LinkedHashMap<>();
        for (UUID organisation : concerned) {
            for (ContactPerson p : members.contactPersons(collaborationId, organisation)) {
                add(byAddress, p.email());
            }
        }
        for (PersonSummary p : people.peopleIn(collaborationId)) {
            if (p.roles().contains(Role.MUNICIPALITY_CONTACT)
                    && p.organisationId() != null
                    && concerned.contains(p.organisationId())) {
                add(byAddress, p.email());
            }
        }
        return List.copyOf(byAddress.values());
    }

    private static void add(Map<String, String> byAddress, @Nullable String email) {
        if (email != null && !email.isBlank()) {
            byAddress.putIfAbsent(email.strip().toLowerCase(Locale.ROOT), email.strip());
        }
    }

    /** The organisations named must be current members; those already named may stay. */
    private void check(UUID collaborationId, GrantSchemeCommand c, Set<UUID> alreadyNamed) {
        Set<UUID> allowed = currentMembers(collaborationId).keySet();
        Set<UUID> unknown = c.organisationIds().stream()
                .filter(o -> !allowed.contains(o) && !alreadyNamed.contains(o))
                .collect(Collectors.toSet());
        if (!unknown.isEmpty()) {
            throw new InvalidInput("organisationIds", "scheme.organisations.unknown");
        }
    }

    private void lock(UUID collaborationId, UUID id) {
        if (!schemes.lock(id).map(collaborationId::equals).orElse(false)) {
            throw new GrantSchemeNotFound();
        }
    }
}
