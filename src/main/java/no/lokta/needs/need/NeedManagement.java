package no.lokta.needs.need;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationKind;
import no.lokta.member.OrganisationNotFound;
import no.lokta.member.OrganisationSummary;
import no.lokta.platform.audit.AuditLog;
import no.lokta.platform.web.InvalidInput;
import no.lokta.programme.ProgrammeManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The competence needs of a collaboration. Every method takes the collaboration it works in; an id
 * from another one is not found.
 */
@Service
@Transactional(readOnly = true)
public class NeedManagement {

    private final Needs needs;
    private final MemberManagement members;
    private final AuditLog audit;
    private final Clock clock = Clock.system(ProgrammeManagement.ZONE);

    NeedManagement(Needs needs, MemberManagement members, AuditLog audit) {
        this.needs = needs;
        this.members = members;
        this.audit = audit;
    }

    public List<NeedSummary> needs(UUID collaborationId, NeedFilter filter) {
        return needs.ofCollaboration(collaborationId).stream()
                .filter(filter::matches)
                .toList();
    }

    public NeedSummary need(UUID collaborationId, UUID id) {
        return needs.find(id)
                .filter(n -> n.collaborationId().equals(collaborationId))
                .orElseThrow(NeedNotFound::new);
    }

    /** A need that concerns the given municipality; any other is not found. */
    public NeedSummary needOf(UUID collaborationId, UUID municipalityId, UUID id) {
        NeedSummary need = need(collaborationId, id);
        if (!need.concerns(municipalityId)) {
            throw new NeedNotFound();
        }
        return need;
    }

    /** The needs of the collaboration with these ids; one from elsewhere is not found. */
    public List<NeedSummary> needs(UUID collaborationId, Set<UUID> ids) {
        List<NeedSummary> found = needs.byIds(collaborationId, ids);
        if (found.size() != ids.size()) {
            throw new NeedNotFound();
        }
        return found;
    }

    /** The municipalities of the collaboration a need may concern. */
    public List<OrganisationSummary> municipalities(UUID collaborationId) {
        return members.organisations(collaborationId).stream()
                .filter(o -> o.kind() == OrganisationKind.MUNICIPALITY && o.endedOn() == null)
                .toList();
    }

    @Transactional
    public NeedSummary create(UUID collaborationId, NeedCommand c) {
        checkMunicipalities(collaborationId, c.municipalityIds());
        UUID id = UUID.randomUUID();
        needs.insert(id, collaborationId, c, LocalDateTime.now(clock));
        NeedSummary created = need(collaborationId, id);
        audit.created(collaborationId, "need", id, created.topic(), created);
        return created;
    }

    @Transactional
    public NeedSummary update(UUID collaborationId, UUID id, NeedCommand c) {
        NeedSummary before = need(collaborationId, id);
        if (before.merged()) {
            throw new InvalidInput("topic", "need.merged.readOnly");
        }
        checkMunicipalities(collaborationId, c.municipalityIds());
        needs.update(id, c);
        NeedSummary after = need(collaborationId, id);
        audit.updated(collaborationId, "need", id, after.topic(), before, after);
        return after;
    }

    /**
     * Merges open needs into a new one: people summed, professions and municipalities united, the
     * highest urgency. The merged needs are kept, closed and pointing to the new one.
     */
    @Transactional
    public NeedSummary merge(UUID collaborationId, Set<UUID> ids, String topic) {
        if (ids.size() < 2) {
            throw new InvalidInput("needIds", "need.merge.atLeastTwo");
        }
        if (needs.lock(collaborationId, ids).size() != ids.size()) {
            throw new NeedNotFound();
        }
        List<NeedSummary> parts = needs(collaborationId, ids);
        NeedCommand merged = merged(topic, parts);
        UUID id = UUID.randomUUID();
        needs.insert(id, collaborationId, merged, LocalDateTime.now(clock));
        needs.mergeInto(ids, id);
        NeedSummary created = need(collaborationId, id);
        audit.created(collaborationId, "need", id, created.topic(), created);
        for (NeedSummary before : parts) {
            audit.updated(
                    collaborationId, "need", before.id(), before.topic(), before, need(collaborationId, before.id()));
        }
        return created;
    }

    /** The rule of merging, on needs already read. */
    static NeedCommand merged(String topic, List<NeedSummary> parts) {
        if (parts.size() < 2) {
            throw new InvalidInput("needIds", "need.merge.atLeastTwo");
        }
        if (parts.stream().anyMatch(n -> n.merged() || n.status() != NeedStatus.OPEN)) {
            throw new InvalidInput("needIds", "need.merge.onlyOpen");
        }
        Set<String> professions = new LinkedHashSet<>();
        Set<UUID> municipalities = new LinkedHashSet<>();
        long people = 0;
        for (NeedSummary n : parts) {
            professions.addAll(n.professions());
            n.municipalities().forEach(m -> municipalities.add(m.id()));
            people += n.people();
        }
        NeedUrgency urgency = parts.stream()
                .map(NeedSummary::urgency)
                .max(Comparator.naturalOrder())
                .orElse(NeedUrgency.MEDIUM);
        return new NeedCommand(
                topic,
                "",
                professions,
                municipalities,
                (int) Math.min(people, Integer.MAX_VALUE),
                urgency,
                NeedSource.MANUAL,
                null,
                NeedStatus.OPEN);
    }

    /** Marks the needs behind an order as ordered; a need already further along keeps its status. */
    @Transactional
    public void markOrdered(UUID collaborationId, Set<UUID> ids) {
        for (NeedSummary before : needs(collaborationId, ids)) {
            if (before.status() == NeedStatus.OPEN) {
                needs.setStatus(List.of(before.id()), NeedStatus.ORDERED);
                audit.updated(
                        collaborationId,
                        "need",
                        before.id(),
                        before.topic(),
                        before,
                        need(collaborationId, before.id()));
            }
        }
    }

    /**
     * Settles an ordered need once its activity is completed: covered when those who attended from
     * the need's municipalities are as many as the need's people, else not covered. A need not
     * ordered (still open, closed or settled before) keeps its status.
     *
     * @param attendedByMunicipality distinct people who attended, by the organisation they came from
     */
    @Transactional
    public NeedSummary settle(UUID collaborationId, UUID id, Map<UUID, Integer> attendedByMunicipality) {
        if (needs.lock(collaborationId, List.of(id)).isEmpty()) {
            throw new NeedNotFound();
        }
        NeedSummary before = need(collaborationId, id);
        if (before.status() != NeedStatus.ORDERED) {
            return before;
        }
        int attended = attended(before, attendedByMunicipality);
        needs.settle(id, attended >= before.people() ? NeedStatus.COVERED : NeedStatus.NOT_COVERED, attended);
        NeedSummary after = need(collaborationId, id);
        audit.updated(collaborationId, "need", id, after.topic(), before, after);
        return after;
    }

    /** Those who attended from the need's own municipalities; others do not count. */
    static int attended(NeedSummary need, Map<UUID, Integer> attendedByMunicipality) {
        long sum = 0;
        for (NeedSummary.Municipality m : need.municipalities()) {
            sum += attendedByMunicipality.getOrDefault(m.id(), 0);
        }
        return (int) Math.min(sum, Integer.MAX_VALUE);
    }

    private void checkMunicipalities(UUID collaborationId, Set<UUID> ids) {
        for (UUID id : ids) {
            try {
                if (members.organisation(collaborationId, id).kind() != OrganisationKind.MUNICIPALITY) {
                    throw new InvalidInput("municipalityIds", "need.municipalities.unknown");
                }
            } catch (OrganisationNotFound e) {
                throw new InvalidInput("municipalityIds", "need.municipalities.unknown");
            }
        }
    }
}
