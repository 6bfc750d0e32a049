package no.lokta.knowledge.forum;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationSummary;
import no.lokta.platform.audit.AuditLog;
import no.lokta.platform.web.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fora of a collaboration, their composition, members, meetings and decisions. Every method takes
 * the collaboration it works in; anything of another one is not found. A change holds the forum's
 * row lock, so that decision numbers are given one at a time.
 */
@Service
@Transactional(readOnly = true)
public class ForumManagement {

    /** Meetings are held in Norwegian time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    private final Fora fora;
    private final Meetings meetings;
    private final MemberManagement members;
    private final ForumMails mails;
    private final AuditLog audit;
    private final Clock clock = Clock.system(ZONE);

    ForumManagement(Fora fora, Meetings meetings, MemberManagement members, ForumMails mails, AuditLog audit) {
        this.fora = fora;
        this.meetings = meetings;
        this.members = members;
        this.mails = mails;
        this.audit = audit;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The fora with their composition today. */
    public List<ForumSummary> fora(UUID collaborationId) {
        LocalDate today = today();
        return fora.ofCollaboration(collaborationId).stream()
                .map(row -> summary(row, today))
                .toList();
    }

    /** The fora's names by id, in order, in one query: for lists that only name them. */
    public Map<UUID, String> forumNames(UUID collaborationId) {
        Map<UUID, String> names = new LinkedHashMap<>();
        fora.ofCollaboration(collaborationId).forEach(row -> names.put(row.id(), row.name()));
        return names;
    }

    /** A forum with its composition on the day. */
    public ForumSummary forum(UUID collaborationId, UUID id, LocalDate on) {
        return summary(fora.find(collaborationId, id).orElseThrow(ForumNotFound::new), on);
    }

    public ForumSummary forum(UUID collaborationId, UUID id) {
        return forum(collaborationId, id, today());
    }

    private ForumSummary summary(Fora.Row row, LocalDate on) {
        List<Fora.GroupRow> groups = fora.groups(row.id());
        List<ForumMember> all = fora.members(row.id());
        List<ForumSummary.Group> counted = new ArrayList<>();
        // parents first, each followed by its subgroups
        for (Fora.GroupRow g : groups) {
            if (g.parentId() == null) {
                counted.add(count(g, groups, all, on));
                for (Fora.GroupRow child : groups) {
                    if (g.id().equals(child.parentId())) {
                        counted.add(count(child, groups, all, on));
                    }
                }
            }
        }
        return new ForumSummary(row.id(), row.collaborationId(), row.name(), row.kind(), row.description(), counted);
    }

    private static ForumSummary.Group count(
            Fora.GroupRow g, List<Fora.GroupRow> groups, List<ForumMember> all, LocalDate on) {
        Set<UUID> within = new HashSet<>();
        within.add(g.id());
        groups.stream().filter(x -> g.id().equals(x.parentId())).forEach(x -> within.add(x.id()));
        int filled = (int) all.stream()
                .filter(m -> within.contains(m.groupId()) && m.activeOn(on))
                .count();
        return new ForumSummary.Group(g.id(), g.parentId(), g.name(), g.seats(), filled);
    }

    @Transactional
    public ForumSummary create(UUID collaborationId, ForumCommand c) {
        if (fora.nameTaken(collaborationId, c.name(), null)) {
            throw new InvalidInput("name", "forum.name.taken");
        }
        UUID id = UUID.randomUUID();
        fora.insert(id, collaborationId, c);
        ForumSummary created = forum(collaborationId, id);
        audit.created(collaborationId, "forum", id, created.name(), c);
        return created;
    }

    @Transactional
    public ForumSummary update(UUID collaborationId, UUID id, ForumCommand c) {
        lock(collaborationId, id);
        ForumSummary before = forum(collaborationId, id);
        if (fora.nameTaken(collaborationId, c.name(), id)) {
            throw new InvalidInput("name", "forum.name.taken");
        }
        fora.update(id, c);
        ForumSummary after = forum(collaborationId, id);
        audit.updated(collaborationId, "forum", id, after.name(), before, after);
        return after;
    }

    /**
     * Adds a group of seats. A subgroup's parent must be a top group of the same forum, and the
     * subgroups of a group hold no more seats than it does.
     */
    @Transactional
    public ForumSummary addGroup(UUID collaborationId, UUID forumId, SeatGroupCommand c) {
        lock(collaborationId, forumId);
        List<Fora.GroupRow> groups = fora.groups(forumId);
        UUID parent = c.parentId();
        if (parent != null) {
            Fora.GroupRow p = groups.stream()
                    .filter(g -> g.id().equals(parent) && g.parentId() == null)
                    .findFirst()
                    .orElseThrow(() -> new InvalidInput("parentId", "forum.group.parent.unknown"));
            int taken = groups.stream()
                    .filter(g -> parent.equals(g.parentId()))
                    .mapToInt(Fora.GroupRow::seats)
                    .sum();
            if (taken + c.seats() > p.seats()) {
                throw new InvalidInput("seats", "forum.group.seats.overParent", p.seats() - taken, p.name());
            }
        }
        UUID id = UUID.randomUUID();
        fora.insertGroup(id, forumId, c);
        audit.created(collaborationId, "seatGroup", id, c.name(), c);
        return forum(collaborationId, forumId);
    }

    /** Removes a group without members. */
    @Transactional
    public void removeGroup(UUID collaborationId, UUID forumId, UUID groupId) {
        lock(collaborationId, forumId);
        if (fora.groups(forumId).stream().noneMatch(g -> g.id().equals(groupId))) {
            throw new ForumNotFound();
        }
        if (fora.groupHasMembers(groupId)) {
            throw new InvalidInput("group", "forum.group.hasMembers");
        }
        fora.deleteGroup(forumId, groupId);
        audit.deleted(collaborationId, "seatGroup", groupId, groupId.toString(), Map.of("forumId", forumId));
    }

    public List<ForumMember> members(UUID collaborationId, UUID forumId) {
        forum(collaborationId, forumId);
        return fora.members(forumId);
    }

    public ForumMember member(UUID collaborationId, UUID forumId, UUID id) {
        return members(collaborationId, forumId).stream()
                .filter(m -> m.id().equals(id))
                .findFirst()
                .orElseThrow(ForumNotFound::new);
    }

    @Transactional
    public ForumMember addMember(UUID collaborationId, UUID forumId, MemberCommand c) {
        lock(collaborationId, forumId);
        check(collaborationId, forumId, c);
        UUID id = UUID.randomUUID();
        fora.insertMember(id, forumId, c);
        ForumMember created = member(collaborationId, forumId, id);
        audit.created(collaborationId, "forumMember", id, created.name(), created);
        return created;
    }

    @Transactional
    public ForumMember updateMember(UUID collaborationId, UUID forumId, UUID id, MemberCommand c) {
        lock(collaborationId, forumId);
        ForumMember before = member(collaborationId, forumId, id);
        check(collaborationId, forumId, c);
        fora.updateMember(forumId, id, c);
        ForumMember after = member(collaborationId, forumId, id);
        audit.updated(collaborationId, "forumMember", id, after.name(), before, after);
        return after;
    }

    public List<MeetingSummary> meetings(UUID collaborationId, UUID forumId) {
        forum(collaborationId, forumId);
        return meetings.ofForum(forumId);
    }

    /** Every meeting of every forum of the collaboration, latest first. */
    public List<MeetingSummary> allMeetings(UUID collaborationId) {
        return meetings.ofCollaboration(collaborationId);
    }

    public MeetingSummary meeting(UUID collaborationId, UUID forumId, UUID id) {
        forum(collaborationId, forumId);
        return meetings.find(forumId, id).orElseThrow(ForumNotFound::new);
    }

    @Transactional
    public MeetingSummary addMeeting(UUID collaborationId, UUID forumId, MeetingCommand c) {
        lock(collaborationId, forumId);
        UUID id = UUID.randomUUID();
        meetings.insert(id, forumId, c);
        MeetingSummary created = meeting(collaborationId, forumId, id);
        audit.created(collaborationId, "meeting", id, created.title(), created);
        return created;
    }

    @Transactional
    public MeetingSummary updateMeeting(UUID collaborationId, UUID forumId, UUID id, MeetingCommand c) {
        lock(collaborationId, forumId);
        MeetingSummary before = meeting(collaborationId, forumId, id);
        meetings.update(id, c);
        MeetingSummary after = meeting(collaborationId, forumId, id);
        audit.updated(collaborationId, "meeting", id, after.title(), before, after);
        return after;
    }

    /** Records the minutes and who was present; only members of the forum can be present. */
    @Transactional
    public MeetingSummary recordMinutes(
            UUID collaborationId, UUID forumId, UUID id, String minutes, Collection<UUID> present) {
        lock(collaborationId, forumId);
        MeetingSummary before = meeting(collaborationId, forumId, id);
        if (minutes.strip().length() > 20_000) {
            throw new InvalidInput("minutes", "form.tooLong", 20_000);
        }
        Set<UUID> known = new HashSet<>(
                fora.members(forumId).stream().map(ForumMember::id).toList());
        if (!known.containsAll(present)) {
            throw new InvalidInput("present", "forum.meeting.present.unknown");
        }
        meetings.minutes(id, minutes.strip(), Set.copyOf(present));
        MeetingSummary after = meeting(collaborationId, forumId, id);
        audit.updated(collaborationId, "meeting", id, after.title(), before, after);
        return after;
    }

    public List<DecisionSummary> decisions(UUID collaborationId, UUID forumId, UUID meetingId) {
        meeting(collaborationId, forumId, meetingId);
        return meetings.decisions(meetingId);
    }

    /** Every decision of the forum, newest first: the follow-up list. */
    public List<DecisionSummary> decisionsOf(UUID collaborationId, UUID forumId) {
        forum(collaborationId, forumId);
        return meetings.decisionsOfForum(forumId);
    }

    /** Adds a decision with the next number of the meeting's year in the forum. */
    @Transactional
    public DecisionSummary addDecision(UUID collaborationId, UUID forumId, UUID meetingId, DecisionCommand c) {
        lock(collaborationId, forumId);
        MeetingSummary m = meeting(collaborationId, forumId, meetingId);
        int year = m.startsAt().getYear();
        UUID id = UUID.randomUUID();
        meetings.insertDecision(id, meetingId, forumId, year, meetings.nextNumber(forumId, year), c);
        DecisionSummary created = find(meetings.decisions(meetingId), id);
        audit.created(collaborationId, "forumDecision", id, created.label(), created);
        return created;
    }

    @Transactional
    public DecisionSummary updateDecision(
            UUID collaborationId, UUID forumId, UUID meetingId, UUID id, DecisionCommand c) {
        lock(collaborationId, forumId);
        DecisionSummary before = find(decisions(collaborationId, forumId, meetingId), id);
        meetings.updateDecision(meetingId, id, c);
        DecisionSummary after = find(meetings.decisions(meetingId), id);
        audit.updated(collaborationId, "forumDecision", id, after.label(), before, after);
        return after;
    }

    /** Mails the agenda with a calendar file to the members active on the meeting's day; returns how many. */
    @Transactional
    public int sendAgenda(UUID collaborationId, UUID forumId, UUID meetingId) {
        lock(collaborationId, forumId);
        MeetingSummary m = meeting(collaborationId, forumId, meetingId);
        int sent = mails.agenda(collaborationId, m, recipients(forumId, m));
        meetings.sent(meetingId, "agenda", OffsetDateTime.now(clock));
        return sent;
    }

    /** Mails the minutes and the decisions to the members active on the meeting's day; returns how many. */
    @Transactional
    public int sendMinutes(UUID collaborationId, UUID forumId, UUID meetingId) {
        lock(collaborationId, forumId);
        MeetingSummary m = meeting(collaborationId, forumId, meetingId);
        if (m.minutes().isBlank()) {
            throw new InvalidInput("minutes", "forum.meeting.minutes.empty");
        }
        int sent = mails.minutes(collaborationId, m, meetings.decisions(meetingId), recipients(forumId, m));
        meetings.sent(meetingId, "minutes", OffsetDateTime.now(clock));
        return sent;
    }

    /** The organisations of the collaboration a member can come from. */
    public List<OrganisationSummary> organisations(UUID collaborationId) {
        return members.organisations(collaborationId);
    }

    private List<String> recipients(UUID forumId, MeetingSummary m) {
        LocalDate day = m.startsAt().toLocalDate();
        return fora.members(forumId).stream()
                .filter(x -> x.activeOn(day) && !x.email().isBlank())
                .map(x -> x.email().toLowerCase(java.util.Locale.ROOT))
                .distinct()
                .toList();
    }

    private void lock(UUID collaborationId, UUID forumId) {
        if (!fora.lock(collaborationId, forumId)) {
            throw new ForumNotFound();
        }
    }

    private void check(UUID collaborationId, UUID forumId, MemberCommand c) {
        if (fora.groups(forumId).stream().noneMatch(g -> g.id().equals(c.groupId()))) {
            throw new InvalidInput("groupId", "forum.member.group.unknown");
        }
        @Nullable UUID organisation = c.organisationId();
        if (organisation != null
                && members.organisations(collaborationId).stream().noneMatch(o -> o.id().equals(organisation))) {
            throw new InvalidInput("organisationId", "forum.member.organisation.unknown");
        }
    }

    private static DecisionSummary find(List<DecisionSummary> decisions, UUID id) {
        return decisions.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow(ForumNotFound::new);
    }
}
