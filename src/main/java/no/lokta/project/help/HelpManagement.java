package no.lokta.project.help;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import no.lokta.member.MemberManagement;
import no.lokta.member.MembershipSummary;
import no.lokta.member.OrganisationNotFound;
import no.lokta.member.OrganisationSummary;
import no.lokta.platform.audit.AuditLog;
import no.lokta.platform.web.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' requests for help. Every method takes the collaboration it works in; an id from another
 * one is not found, and so is another organisation's request for those who speak for one
 * organisation only.
 */
@Service
@Transactional(readOnly = true)
public class HelpManagement {

    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    private final HelpRequests requests;
    private final MemberManagement members;
    private final AuditLog audit;
    private final Clock clock = Clock.system(ZONE);

    HelpManagement(HelpRequests requests, MemberManagement members, AuditLog audit) {
        this.requests = requests;
        this.members = members;
        this.audit = audit;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every request of the collaboration, the newest first. */
    public List<HelpRequestSummary> requests(UUID collaborationId) {
        return requests.of(collaborationId, null);
    }

    /** One organisation's requests, the newest first. */
    public List<HelpRequestSummary> requestsOf(UUID collaborationId, UUID organisationId) {
        return requests.of(collaborationId, organisationId);
    }

    public HelpRequestSummary request(UUID collaborationId, UUID id) {
        return requests.find(id)
                .filter(r -> r.collaborationId().equals(collaborationId))
                .orElseThrow(HelpRequestNotFound::new);
    }

    /** A request of this organisation; another organisation's is not found. */
    public HelpRequestSummary requestOf(UUID collaborationId, UUID organisationId, UUID id) {
        HelpRequestSummary r = request(collaborationId, id);
        if (!r.organisationId().equals(organisationId)) {
            throw new HelpRequestNotFound();
        }
        return r;
    }

    /** The organisations a request may come from: those of the collaboration still in being. */
    public List<OrganisationSummary> organisations(UUID collaborationId) {
        return members.organisations(collaborationId).stream()
                .filter(o -> o.endedOn() == null)
                .toList();
    }

    /** Receives a request, dated today, as new. */
    @Transactional
    public HelpRequestSummary submit(UUID collaborationId, HelpRequestCommand c) {
        checkOrganisation(collaborationId, c.organisationId());
        UUID id = UUID.randomUUID();
        requests.insert(id, collaborationId, c, today());
        HelpRequestSummary created = request(collaborationId, id);
        audit.created(collaborationId, "helpRequest", id, created.subject(), created);
        return created;
    }

    /** Sets the status and the outcome. */
    @Transactional
    public HelpRequestSummary handle(UUID collaborationId, UUID id, HandlingCommand c) {
        lock(collaborationId, id);
        HelpRequestSummary before = request(collaborationId, id);
        requests.handling(id, c);
        HelpRequestSummary after = request(collaborationId, id);
        audit.updated(collaborationId, "helpRequest", id, after.subject(), before, after);
        return after;
    }

    /** Adds an entry to the time log; the time spent grows by its hours. */
    @Transactional
    public HelpRequestSummary logTime(UUID collaborationId, UUID id, TimeEntryCommand c, String loggedBy) {
        lock(collaborationId, id);
        HelpRequestSummary before = request(collaborationId, id);
        if (c.workedOn().isAfter(today())) {
            throw new InvalidInput("workedOn", "help.workedOn.future");
        }
        UUID entryId = UUID.randomUUID();
        requests.log(entryId, id, c, loggedBy);
        HelpRequestSummary after = request(collaborationId, id);
        audit.updated(collaborationId, "helpRequest", id, after.subject(), before, after);
        return after;
    }

    /** The years to choose a report for: those with requests or time, and this year, the latest first. */
    public List<Integer> years(UUID collaborationId) {
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        years.addAll(requests.years(collaborationId));
        years.add(today().getYear());
        return List.copyOf(years);
    }

    /**
     * A year per member: every organisation that was a member or partner some day of the year, and
     * any other that asked or was helped that year, by name.
     */
    public HelpReport report(UUID collaborationId, int year) {
        if (year < 1900 || year > 9999) {
            throw new InvalidInput("year", "help.report.year.invalid");
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        Map<UUID, int[]> counts = requests.counts(collaborationId, from, to);
        Map<UUID, BigDecimal> hours = requests.hours(collaborationId, from, to);
        Map<UUID, String> names = new LinkedHashMap<>();
        members.organisations(collaborationId).forEach(o -> names.put(o.id(), o.name()));
        Map<UUID, String> included = new LinkedHashMap<>();
        for (MembershipSummary m : members.memberships(collaborationId)) {
            boolean during = !m.validFrom().isAfter(to)
                    && (m.validTo() == null || !m.validTo().isBefore(from));
            if (during) {
                included.putIfAbsent(m.organisationId(), m.organisationName());
            }
        }
        counts.keySet().forEach(o -> included.putIfAbsent(o, names.getOrDefault(o, "")));
        hours.keySet().forEach(o -> included.putIfAbsent(o, names.getOrDefault(o, "")));
        List<HelpReport.Row> rows = new ArrayList<>();
        included.forEach((organisation, name) -> {
            int[] c = counts.getOrDefault(organisation, new int[] {0, 0});
            rows.add(new HelpReport.Row(
                    organisation, name, c[0], c[1], hours.getOrDefault(organisation, BigDecimal.ZERO)));
        });
        rows.sort(Comparator.comparing(HelpReport.Row::name)
                .thenComparing(r -> r.organisationId().toString()));
        return new HelpReport(year, rows);
    }

    private void checkOrganisation(UUID collaborationId, UUID organisationId) {
        try {
            if (members.organisation(collaborationId, organisationId).endedOn() != null) {
                throw new InvalidInput("organisationId", "help.organisation.unknown");
            }
        } catch (OrganisationNotFound e) {
            throw new InvalidInput("organisationId", "help.organisation.unknown");
        }
    }

    private void lock(UUID collaborationId, UUID id) {
        if (!requests.lock(id).map(collaborationId::equals).orElse(false)) {
            throw new HelpRequestNotFound();
        }
    }
}
