package no.lokta.project.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.lokta.member.MemberManagement;
import no.lokta.people.PeopleManagement;
import no.lokta.platform.audit.AuditLog;
import no.lokta.platform.security.Role;
import no.lokta.project.fund.ApplicationSummary;
import no.lokta.project.fund.CallStatus;
import no.lokta.project.fund.CallSummary;
import no.lokta.project.fund.FundManagement;
import no.lokta.project.fund.ReportState;
import no.lokta.project.funding.ApplicationStatus;
import no.lokta.project.funding.FundingManagement;
import no.lokta.project.funding.ReportingDutySummary;
import no.lokta.project.scheme.GrantSchemeSummary;
import no.lokta.project.scheme.SchemeManagement;
import no.lokta.project.work.MilestoneSummary;
import no.lokta.project.work.ProjectManagement;
import no.lokta.project.work.ProjectSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deadline calendar of a collaboration: every dated deadline of its grant applications,
 * reporting duties, project milestones, grant schemes and development funds (read through their
 * facades), and its own year wheel of recurring duties, kept here. Every method takes the
 * collaboration it works in; an item of another one is not found. The calendar is also written as
 * an iCal file, for a signed-in coordinator or behind a coordinator's secret address.
 */
@Service
@Transactional(readOnly = true)
public class CalendarManagement {

    private static final Comparator<CalendarEntry> ORDER = Comparator.comparing((CalendarEntry e) -> !e.wholeMonth())
            .thenComparing(CalendarEntry::date)
            .thenComparing(CalendarEntry::kind)
            .thenComparing(e -> e.title().toLowerCase(Locale.ROOT));

    private final ProjectManagement projects;
    private final FundingManagement funding;
    private final SchemeManagement schemes;
    private final FundManagement funds;
    private final MemberManagement members;
    private final PeopleManagement people;
    private final WheelItems wheel;
    private final FeedAddresses feeds;
    private final DeadlineIcs ics;
    private final AuditLog audit;
    private final Clock clock = Clock.system(ProjectManagement.ZONE);

    CalendarManagement(
            ProjectManagement projects,
            FundingManagement funding,
            SchemeManagement schemes,
            FundManagement funds,
            MemberManagement members,
            PeopleManagement people,
            WheelItems wheel,
            FeedAddresses feeds,
            DeadlineIcs ics,
            AuditLog audit) {
        this.projects = projects;
        this.funding = funding;
        this.schemes = schemes;
        this.funds = funds;
        this.members = members;
        this.people = people;
        this.wheel = wheel;
        this.feeds = feeds;
        this.ics = ics;
        this.audit = audit;
    }

    /** Today in Norway. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- the calendar

    /** The year's deadlines by month: those of the sources that fall in it, and the year wheel's. */
    public DeadlineCalendar calendar(UUID collaborationId, int year) {
        LocalDate today = today();
        List<CalendarEntry> all = new ArrayList<>();
        deadlines(collaborationId, today).stream()
                .filter(e -> e.date().getYear() == year)
                .forEach(all::add);
        wheel.ofCollaboration(collaborationId).forEach(i -> all.add(entry(i, year)));
        List<DeadlineCalendar.MonthEntries> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            int m = month;
            months.add(new DeadlineCalendar.MonthEntries(
                    m,
                    all.stream()
                            .filter(e -> e.date().getMonthValue() == m)
                            .sorted(ORDER)
                            .toList()));
        }
        return new DeadlineCalendar(year, today, months);
    }

    /** Every dated deadline of the sources, of any year, the year wheel left out. */
    public List<CalendarEntry> deadlines(UUID collaborationId) {
        return deadlines(collaborationId, today());
    }

    private List<CalendarEntry> deadlines(UUID collaborationId, LocalDate today) {
        List<CalendarEntry> all = new ArrayList<>();
        for (no.lokta.project.funding.ApplicationSummary a : funding.applications(collaborationId)) {
            EntryState state =
                    a.status() == ApplicationStatus.PLANNED && a.deadline().isBefore(today)
                            ? EntryState.OVERDUE
                            : EntryState.valueOf(a.status().name());
            all.add(new CalendarEntry(
                    a.deadline(),
                    EntryKind.APPLICATION,
                    a.scheme().isBlank() ? a.funderName() : a.scheme() + " (" + a.funderName() + ")",
                    a.projectName(),
                    state,
                    "/projects/" + a.projectId() + "/funding/applications/" + a.id(),
                    "application-" + a.id(),
                    false));
        }
        for (ReportingDutySummary d : funding.duties(collaborationId)) {
            EntryState state =
                    d.submittedOn() != null ? EntryState.DONE : d.overdue(today) ? EntryState.OVERDUE : EntryState.DUE;
            all.add(new CalendarEntry(
                    d.dueOn(),
                    EntryKind.REPORTING_DUTY,
                    d.recipient().isBlank() ? d.what() : d.what() + " (" + d.recipient() + ")",
                    d.projectName(),
                    state,
                    "/projects/" + d.projectId() + "/funding/duties/" + d.id(),
                    "duty-" + d.id(),
                    false));
        }
        for (ProjectSummary p : projects.projects(collaborationId)) {
            for (MilestoneSummary m : projects.milestones(collaborationId, p.id())) {
                EntryState state = m.doneOn() != null
                        ? EntryState.DONE
                        : m.dueOn().isBefore(today) ? EntryState.OVERDUE : EntryState.DUE;
                all.add(new CalendarEntry(
                        m.dueOn(),
                        EntryKind.MILESTONE,
                        m.name(),
                        p.name(),
                        state,
                        "/projects/" + p.id() + "#milestones",
                        "milestone-" + m.id(),
                        false));
            }
        }
        for (GrantSchemeSummary s : schemes.schemes(collaborationId)) {
            all.add(new CalendarEntry(
                    s.deadline(),
                    EntryKind.GRANT_SCHEME,
                    s.name(),
                    s.funder(),
                    s.deadlinePassedOn(today) ? EntryState.PASSED : EntryState.OPEN,
                    "/projects/schemes/" + s.id(),
                    "scheme-" + s.id(),
                    false));
        }
        for (CallSummary c : funds.calls(collaborationId)) {
            EntryState state = c.status() == CallStatus.DRAFT
                    ? EntryState.DRAFT
                    : c.status() == CallStatus.CLOSED
                            ? EntryState.CLOSED
                            : c.deadline().isBefore(today) ? EntryState.PASSED : EntryState.OPEN;
            all.add(new CalendarEntry(
                    c.deadline(),
                    EntryKind.FUND_CALL,
                    c.title(),
                    "",
                    state,
                    "/projects/funds/" + c.id(),
                    "fund-call-" + c.id(),
                    false));
            for (ApplicationSummary a : funds.applications(collaborationId, c.id())) {
                LocalDate due = a.reportDue();
                ReportState report = a.reportState(today);
                if (due == null || report == ReportState.NONE) {
                    continue;
                }
                all.add(new CalendarEntry(
                        due,
                        EntryKind.FUND_REPORT,
                        a.title(),
                        a.organisationName() + " (" + c.title() + ")",
                        switch (report) {
                            case SUBMITTED -> EntryState.DONE;
                            case OVERDUE -> EntryState.OVERDUE;
                            default -> EntryState.DUE;
                        },
                        "/projects/funds/" + c.id() + "/applications/" + a.id(),
                        "fund-report-" + a.id(),
                        false));
            }
        }
        all.sort(Comparator.comparing(CalendarEntry::date).thenComparing(CalendarEntry::kind));
        return all;
    }

    private static CalendarEntry entry(WheelItemSummary i, int year) {
        return new CalendarEntry(
                i.dateIn(year),
                EntryKind.YEAR_WHEEL,
                i.title(),
                "",
                EntryState.RECURRING,
                "/projects/calendar/wheel/" + i.id(),
                "wheel-" + i.id(),
                i.wholeMonth());
    }

    // --- the year wheel

    /** The collaboration's recurring duties by month, the whole-month ones first, then by day. */
    public List<WheelItemSummary> wheel(UUID collaborationId) {
        return wheel.ofCollaboration(collaborationId);
    }

    public WheelItemSummary wheelItem(UUID collaborationId, UUID id) {
        return wheel.find(collaborationId, id).orElseThrow(CalendarNotFound::new);
    }

    @Transactional
    public WheelItemSummary addWheelItem(UUID collaborationId, WheelItemCommand c) {
        UUID id = UUID.randomUUID();
        wheel.insert(id, collaborationId, c);
        WheelItemSummary created = wheelItem(collaborationId, id);
        audit.created(collaborationId, "yearWheelItem", id, created.title(), created);
        return created;
    }

    @Transactional
    public WheelItemSummary updateWheelItem(UUID collaborationId, UUID id, WheelItemCommand c) {
        lock(collaborationId, id);
        WheelItemSummary before = wheelItem(collaborationId, id);
        wheel.update(id, c);
        WheelItemSummary after = wheelItem(collaborationId, id);
        audit.updated(collaborationId, "yearWheelItem", id, after.title(), before, after);
        return after;
    }

    @Transactional
    public WheelItemSummary removeWheelItem(UUID collaborationId, UUID id) {
        lock(collaborationId, id);
        WheelItemSummary before = wheelItem(collaborationId, id);
        wheel.delete(id);
        audit.deleted(collaborationId, "yearWheelItem", id, before.title(), before);
        return before;
    }

    private void lock(UUID collaborationId, UUID id) {
        if (!wheel.lock(collaborationId, id)) {
            throw new CalendarNotFound();
        }
    }

    // --- iCal

    /** Every deadline of the collaboration and its year wheel (recurring yearly) as an iCal file. */
    public byte[] ics(UUID collaborationId) {
        return ics.bytes(
                members.collaboration(collaborationId).name(),
                deadlines(collaborationId),
                wheel.ofCollaboration(collaborationId));
    }

    /**
     * The calendar behind a secret address; not found for a wrong secret, and for one whose owner
     * is no longer a coordinator of the collaboration.
     */
    public byte[] feed(String secret) {
        if (!FeedAddresses.plausible(secret)) {
            throw new CalendarNotFound();
        }
        FeedAddresses.Owner owner = feeds.owner(FeedAddresses.sha256(secret)).orElseThrow(CalendarNotFound::new);
        if (!coordinator(owner.accountId(), owner.collaborationId())) {
            throw new CalendarNotFound();
        }
        return ics(owner.collaborationId());
    }

    private boolean coordinator(UUID accountId, UUID collaborationId) {
        return people.accountsIn(collaborationId).contains(accountId)
                && people.account(accountId).access().stream()
                        .anyMatch(a -> a.collaborationId().equals(collaborationId) && a.has(Role.COORDINATOR));
    }

    /** When the person's current address of this collaboration's calendar was made, if they have one. */
    public Optional<LocalDateTime> feedMade(UUID accountId, UUID collaborationId) {
        return feeds.createdAt(accountId, collaborationId);
    }

    /** Makes a new secret address for the person; the old one stops working. Returns the secret. */
    @Transactional
    public String newFeedAddress(UUID accountId, UUID collaborationId) {
        String secret = FeedAddresses.newSecret();
        feeds.replace(accountId, collaborationId, FeedAddresses.sha256(secret), LocalDateTime.now(clock));
        audit.updated(
                collaborationId,
                "calendarFeed",
                accountId,
                "calendar feed address",
                Map.of("accountId", accountId),
                Map.of("accountId", accountId));
        return secret;
    }
}
