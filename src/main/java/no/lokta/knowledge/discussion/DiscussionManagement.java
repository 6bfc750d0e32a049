package no.lokta.knowledge.discussion;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.lokta.network.NetworkManagement;
import no.lokta.network.NetworkNotFound;
import no.lokta.network.NetworkSummary;
import no.lokta.people.PeopleManagement;
import no.lokta.people.PersonSummary;
import no.lokta.platform.audit.AuditLog;
import no.lokta.platform.files.Uploads;
import no.lokta.platform.web.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The discussion space of each professional network of a collaboration. Every method takes the
 * collaboration it works in; a network, thread or post of another one is not found. Whoever has a
 * role in the collaboration reads and writes (the web layer checks the role); the network's
 * resource group and the coordinators moderate.
 */
@Service
@Transactional(readOnly = true)
public class DiscussionManagement {

    /** Days and digests follow Norwegian time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final Discussions discussions;
    private final NetworkManagement networks;
    private final PeopleManagement people;
    private final DiscussionMails mails;
    private final AuditLog audit;
    private final Clock clock = Clock.system(ZONE);

    DiscussionManagement(
            Discussions discussions,
            NetworkManagement networks,
            PeopleManagement people,
            DiscussionMails mails,
            AuditLog audit) {
        this.discussions = discussions;
        this.networks = networks;
        this.people = people;
        this.mails = mails;
        this.audit = audit;
    }

    /** The collaboration's networks, each with its discussion space. */
    public List<NetworkDiscussion> spaces(UUID collaborationId) {
        Map<UUID, Discussions.Activity> activity = discussions.activity(collaborationId);
        return networks.networks(collaborationId).stream()
                .map(n -> {
                    Discussions.Activity a = activity.get(n.id());
                    return new NetworkDiscussion(
                            n.id(), n.name(), a == null ? 0 : a.threads(), a == null ? null : a.lastPostAt());
                })
                .toList();
    }

    public NetworkSummary network(UUID collaborationId, UUID networkId) {
        try {
            return networks.network(collaborationId, networkId);
        } catch (NetworkNotFound e) {
            throw new DiscussionNotFound();
        }
    }

    /** Whether the person moderates the network's discussion: a coordinator or a member of its resource group today. */
    public boolean moderates(UUID collaborationId, UUID networkId, Writer writer) {
        network(collaborationId, networkId);
        return writer.coordinator()
                || networks.isResourceGroupMember(collaborationId, networkId, writer.accountId(), today());
    }

    public List<ThreadSummary> threads(UUID collaborationId, UUID networkId) {
        network(collaborationId, networkId);
        return discussions.threads(collaborationId, networkId);
    }

    public ThreadSummary thread(UUID collaborationId, UUID networkId, UUID threadId) {
        return discussions.thread(collaborationId, networkId, threadId).orElseThrow(DiscussionNotFound::new);
    }

    /** The thread's posts, the opening one first; hidden ones masked for someone who does not moderate. */
    public List<PostSummary> posts(UUID collaborationId, UUID networkId, UUID threadId, Writer reader) {
        thread(collaborationId, networkId, threadId);
        boolean moderator = moderates(collaborationId, networkId, reader);
        return discussions.posts(threadId).stream()
                .map(p -> p.hidden() && !moderator ? p.masked() : p)
                .toList();
    }

    public PostSummary post(UUID collaborationId, UUID networkId, UUID threadId, UUID postId) {
        thread(collaborationId, networkId, threadId);
        return discussions.post(threadId, postId).orElseThrow(DiscussionNotFound::new);
    }

    public boolean follows(UUID collaborationId, UUID networkId, UUID threadId, UUID accountId) {
        thread(collaborationId, networkId, threadId);
        return discussions.follows(threadId, accountId);
    }

    /** Opens a thread with its first post; the writer follows it. */
    @Transactional
    public ThreadSummary start(
            UUID collaborationId, UUID networkId, Writer by, ThreadCommand c, @Nullable Attachment file) {
        network(collaborationId, networkId);
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        if (c.title().isEmpty()) {
            problems.add(new InvalidInput.FieldProblem("title", "discussion.title.required"));
        } else if (c.title().length() > ThreadCommand.MAX_TITLE) {
            problems.add(new InvalidInput.FieldProblem("title", "form.tooLong", ThreadCommand.MAX_TITLE));
        }
        checkText(c.text()).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Uploads.@Nullable Checked checked = file == null ? null : Uploads.check(file.name(), file.content());
        UUID id = UUID.randomUUID();
        OffsetDateTime now = now();
        discussions.insertThread(id, collaborationId, networkId, c.title(), by.accountId(), now);
        UUID postId = UUID.randomUUID();
        discussions.insertPost(postId, id, true, by, c.text(), now, checked, file == null ? null : file.content());
        discussions.follow(id, by.accountId());
        ThreadSummary created = thread(collaborationId, networkId, id);
        audit.created(collaborationId, "discussionThread", id, created.title(), logged(created, checked));
        return created;
    }

    /** Replies in a thread that is not locked; the writer follows it. */
    @Transactional
    public PostSummary reply(
            UUID collaborationId, UUID networkId, UUID threadId, Writer by, String text, @Nullable Attachment file) {
        network(collaborationId, networkId);
        Discussions.ThreadRow thread = lock(collaborationId, networkId, threadId);
        if (thread.locked()) {
            throw new InvalidInput("text", "discussion.thread.locked");
        }
        String clean = text.strip();
        checkText(clean).ifPresent(p -> {
            throw new InvalidInput(List.of(p));
        });
        Uploads.@Nullable Checked checked = file == null ? null : Uploads.check(file.name(), file.content());
        UUID id = UUID.randomUUID();
        OffsetDateTime now = now();
        discussions.insertPost(id, threadId, false, by, clean, now, checked, file == null ? null : file.content());
        discussions.touch(threadId, now);
        discussions.follow(threadId, by.accountId());
        PostSummary created = discussions.post(threadId, id).orElseThrow(DiscussionNotFound::new);
        audit.created(collaborationId, "discussionPost", id, thread.title(), created);
        return created;
    }

    @Transactional
    public void follow(UUID collaborationId, UUID networkId, UUID threadId, UUID accountId, boolean follow) {
        lock(collaborationId, networkId, threadId);
        if (follow) {
            discussions.follow(threadId, accountId);
        } else {
            discussions.unfollow(threadId, accountId);
        }
    }

    /** Hides a post from everyone but the moderators, with the reason kept in its moderation note. */
    @Transactional
    public PostSummary hide(
            UUID collaborationId, UUID networkId, UUID threadId, UUID postId, Writer by, String reason) {
        requireModerator(collaborationId, networkId, by);
        String why = reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInput("reason", "discussion.hide.reason.required");
        }
        if (why.length() > 500) {
            throw new InvalidInput("reason", "form.tooLong", 500);
        }
        return moderate(collaborationId, networkId, threadId, postId, by, true, why);
    }

    @Transactional
    public PostSummary restore(UUID collaborationId, UUID networkId, UUID threadId, UUID postId, Writer by) {
        requireModerator(collaborationId, networkId, by);
        return moderate(collaborationId, networkId, threadId, postId, by, false, "");
    }

    /** Locks a thread against new replies, or opens it again. */
    @Transactional
    public ThreadSummary setLocked(UUID collaborationId, UUID networkId, UUID threadId, Writer by, boolean locked) {
        requireModerator(collaborationId, networkId, by);
        lock(collaborationId, networkId, threadId);
        ThreadSummary before = thread(collaborationId, networkId, threadId);
        discussions.setLocked(threadId, locked);
        ThreadSummary after = thread(collaborationId, networkId, threadId);
        audit.updated(collaborationId, "discussionThread", threadId, after.title(), before, after);
        return after;
    }

    /** A post's attachment; that of a hidden post only for the moderators. */
    public AttachmentFile attachment(UUID collaborationId, UUID networkId, UUID threadId, UUID postId, Writer reader) {
        PostSummary post = post(collaborationId, networkId, threadId, postId);
        if (post.hidden() && !moderates(collaborationId, networkId, reader)) {
            throw new DiscussionNotFound();
        }
        return discussions.attachment(postId).orElseThrow(DiscussionNotFound::new);
    }

    /**
     * Mails each follower, once a day and collaboration, the replies of the last day in the threads
     * they follow that others wrote and that are not hidden; returns how many mails were queued.
     */
    @Transactional
    public int sendDigests(OffsetDateTime now) {
        LocalDate day = now.atZoneSameInstant(ZONE).toLocalDate();
        List<Discussions.DigestLine> lines = discussions.digestLines(now.minusDays(1), now, day);
        Map<UUID, Map<UUID, List<Discussions.DigestLine>>> byCollaboration = lines.stream()
                .collect(Collectors.groupingBy(
                        Discussions.DigestLine::collaborationId,
                        LinkedHashMap::new,
                        Collectors.groupingBy(
                                Discussions.DigestLine::accountId, LinkedHashMap::new, Collectors.toList())));
        int sent = 0;
        for (var collaboration : byCollaboration.entrySet()) {
            UUID c = collaboration.getKey();
            Map<UUID, PersonSummary> persons = people.peopleIn(c).stream()
                    .collect(Collectors.toMap(PersonSummary::accountId, Function.identity()));
            Map<UUID, String> networkNames = networks.networkNames(c);
            for (var follower : collaboration.getValue().entrySet()) {
                PersonSummary person = persons.get(follower.getKey());
                if (person == null || person.email().isBlank()) {
                    continue;
                }
                if (discussions.claimDigest(
                        c, person.accountId(), day, follower.getValue().size(), now)) {
                    mails.digest(c, person.email(), follower.getValue(), networkNames);
                    sent++;
                }
            }
        }
        return sent;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private PostSummary moderate(
            UUID collaborationId,
            UUID networkId,
            UUID threadId,
            UUID postId,
            Writer by,
            boolean hidden,
            String reason) {
        lock(collaborationId, networkId, threadId);
        PostSummary before = discussions.post(threadId, postId).orElseThrow(DiscussionNotFound::new);
        String note = STAMP.format(now()) + " " + by.name() + ": " + (hidden ? "skjult" : "gjenopprettet")
                + (reason.isEmpty() ? "" : " (" + reason + ")");
        discussions.moderate(postId, hidden, note);
        PostSummary after = discussions.post(threadId, postId).orElseThrow(DiscussionNotFound::new);
        audit.updated(
                collaborationId,
                "discussionPost",
                postId,
                hidden ? "hidden" : "restored",
                Map.of("hidden", before.hidden()),
                Map.of("hidden", after.hidden(), "reason", reason));
        return after;
    }

    private void requireModerator(UUID collaborationId, UUID networkId, Writer by) {
        if (!moderates(collaborationId, networkId, by)) {
            throw new NotAModerator();
        }
    }

    private Discussions.ThreadRow lock(UUID collaborationId, UUID networkId, UUID threadId) {
        return discussions.lock(collaborationId, networkId, threadId).orElseThrow(DiscussionNotFound::new);
    }

    private static Optional<InvalidInput.FieldProblem> checkText(String text) {
        if (text.isEmpty()) {
            return Optional.of(new InvalidInput.FieldProblem("text", "discussion.text.required"));
        }
        if (text.length() > ThreadCommand.MAX_TEXT) {
            return Optional.of(new InvalidInput.FieldProblem("text", "form.tooLong", ThreadCommand.MAX_TEXT));
        }
        return Optional.empty();
    }

    private static Map<String, Object> logged(ThreadSummary t, Uploads.@Nullable Checked file) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("networkId", t.networkId());
        m.put("title", t.title());
        if (file != null) {
            m.put("attachment", file.fileName());
        }
        return m;
    }
}
