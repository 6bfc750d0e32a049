package no.lokta.knowledge.news;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import no.lokta.member.MemberManagement;
import no.lokta.platform.audit.AuditLog;
import no.lokta.platform.web.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * News of a collaboration and its newsletter. Every coordinator method takes the collaboration it
 * works in; an item of another one is not found. Subscribing, confirming and unsubscribing need no
 * sign-in: only the hashes of the tokens are kept.
 */
@Service
@Transactional(readOnly = true)
public class NewsManagement {

    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");
    public static final String SCHEME_TAG = "tilskuddsordning";
    static final int PUBLIC_LIMIT = 100;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final NewsItems items;
    private final Subscribers subscribers;
    private final MemberManagement members;
    private final NewsMails mails;
    private final AuditLog audit;
    private final Clock clock = Clock.system(ZONE);

    NewsManagement(
            NewsItems items, Subscribers subscribers, MemberManagement members, NewsMails mails, AuditLog audit) {
        this.items = items;
        this.subscribers = subscribers;
        this.members = members;
        this.mails = mails;
        this.audit = audit;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every item of the collaboration, drafts first. */
    public List<NewsSummary> items(UUID collaborationId) {
        return items.ofCollaboration(collaborationId);
    }

    public NewsSummary item(UUID collaborationId, UUID id) {
        return items.find(collaborationId, id).orElseThrow(NewsNotFound::new);
    }

    /** The collaboration of an item, for the public pages. */
    public UUID collaborationOf(UUID id) {
        return items.collaborationOf(id).orElseThrow(NewsNotFound::new);
    }

    /**
     * A published item as a reader sees it: a public one for everyone, a members-only one for
     * those with a role in its collaboration; a draft is not found.
     */
    public NewsSummary published(UUID id, boolean member) {
        UUID c = collaborationOf(id);
        NewsSummary item = item(c, id);
        if (!item.published() || (item.audience() == Audience.MEMBERS && !member)) {
            throw new NewsNotFound();
        }
        return item;
    }

    /**
     * Published news, newest first, of one collaboration or (null) of all: the public items, and
     * the members-only items of the collaborations in {@code memberOf}; with the tag, if any.
     */
    public List<NewsSummary> published(
            @Nullable UUID collaborationId, Collection<UUID> memberOf, @Nullable String tag) {
        return items.published(collaborationId, memberOf, blankToNull(tag), PUBLIC_LIMIT);
    }

    /** The tags of the news {@link #published} shows, most used first. */
    public List<String> tags(@Nullable UUID collaborationId, Collection<UUID> memberOf) {
        return items.publishedTags(collaborationId, memberOf);
    }

    /** The collaboration's published public news, for its feeds. */
    public List<NewsSummary> feed(UUID collaborationId) {
        members.collaboration(collaborationId);
        return items.published(collaborationId, List.of(), null, 50);
    }

    @Transactional
    public NewsSummary create(UUID collaborationId, NewsCommand c) {
        UUID id = UUID.randomUUID();
        items.insert(id, collaborationId, c, now());
        NewsSummary created = item(collaborationId, id);
        audit.created(collaborationId, "news", id, created.title(), c);
        return created;
    }

    @Transactional
    public NewsSummary update(UUID collaborationId, UUID id, NewsCommand c) {
        lock(collaborationId, id);
        NewsSummary before = item(collaborationId, id);
        items.update(id, c);
        NewsSummary after = item(collaborationId, id);
        audit.updated(collaborationId, "news", id, after.title(), before, after);
        return after;
    }

    /** Publishes a draft now; a published item stays as it is. */
    @Transactional
    public NewsSummary publish(UUID collaborationId, UUID id) {
        lock(collaborationId, id);
        NewsSummary before = item(collaborationId, id);
        if (before.published()) {
            return before;
        }
        items.publish(id, now());
        NewsSummary after = item(collaborationId, id);
        audit.updated(collaborationId, "news", id, after.title(), before, after);
        return after;
    }

    @Transactional
    public void delete(UUID collaborationId, UUID id) {
        lock(collaborationId, id);
        NewsSummary before = item(collaborationId, id);
        items.delete(id);
        audit.deleted(collaborationId, "news", id, before.title(), before);
    }

    /** A draft about a grant scheme just published, once per scheme, for the coordinator to finish. */
    @Transactional
    public Optional<NewsSummary> draftForScheme(UUID collaborationId, UUID schemeId, String title, String text) {
        NewsCommand c = new NewsCommand(title, text, List.of(SCHEME_TAG), Audience.MEMBERS);
        UUID id = UUID.randomUUID();
        if (!items.insertForScheme(id, collaborationId, schemeId, c, now())) {
            return Optional.empty();
        }
        NewsSummary created = item(collaborationId, id);
        audit.created(collaborationId, "news", id, created.title(), c);
        return Optional.of(created);
    }

    private void lock(UUID collaborationId, UUID id) {
        if (!items.lock(collaborationId, id)) {
            throw new NewsNotFound();
        }
    }

    // ---- the newsletter

    /** How many confirmed addresses get the newsletter. */
    public int subscriberCount(UUID collaborationId) {
        return subscribers.countConfirmed(collaborationId);
    }

    /**
     * Someone asks for the newsletter: a confirmation link is mailed, unless the address is
     * confirmed already (the answer is the same either way, so that no one learns who subscribes).
     */
    @Transactional
    public void subscribe(UUID collaborationId, String email) {
        String address = email.strip();
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw new InvalidInput("email", "news.subscribe.email.invalid");
        }
        String collaborationName = members.collaboration(collaborationId).name();
        Optional<Subscribers.Row> existing = subscribers.byEmail(collaborationId, address);
        if (existing.isPresent() && existing.get().confirmed()) {
            return;
        }
        String token = newToken();
        subscribers.upsertUnconfirmed(collaborationId, address, hash(token), now());
        mails.confirmation(collaborationId, collaborationName, address, token);
    }

    /** The collaboration whose newsletter a confirmation link is for; not found for a wrong or used link. */
    public UUID confirmationFor(String token) {
        return subscribers
                .byConfirmHash(hash(token))
                .orElseThrow(NewsNotFound::new)
                .collaborationId();
    }

    @Transactional
    public UUID confirm(String token) {
        Subscribers.Row row = subscribers.byConfirmHash(hash(token)).orElseThrow(NewsNotFound::new);
        subscribers.confirm(row.id(), now());
        return row.collaborationId();
    }

    /** The collaboration whose newsletter an unsubscribe link is for; not found for a wrong or used link. */
    public UUID unsubscriptionFor(String token) {
        return subscribers
                .byUnsubscribeHash(hash(token))
                .orElseThrow(NewsNotFound::new)
                .collaborationId();
    }

    @Transactional
    public UUID unsubscribe(String token) {
        Subscribers.Row row = subscribers.byUnsubscribeHash(hash(token)).orElseThrow(NewsNotFound::new);
        subscribers.delete(row.id());
        return row.collaborationId();
    }

    /** The published public items not yet sent by newsletter, newest first. */
    public List<NewsSummary> unsent(UUID collaborationId) {
        return items.published(collaborationId, List.of(), null, PUBLIC_LIMIT).stream()
                .filter(n -> n.newsletterSentAt() == null)
                .toList();
    }

    /**
     * Sends the chosen published public items as one newsletter, one mail per confirmed subscriber,
     * each with a link of its own to unsubscribe. An item goes out once: a newsletter with an item
     * sent before is refused. Returns the number of mails.
     */
    @Transactional
    public int sendNewsletter(UUID collaborationId, Collection<UUID> itemIds) {
        Set<UUID> ids = new LinkedHashSet<>(itemIds);
        if (ids.isEmpty()) {
            throw new InvalidInput("items", "news.newsletter.none");
        }
        List<NewsSummary> chosen = ids.stream()
                .sorted()
                .peek(id -> lock(collaborationId, id))
                .map(id -> item(collaborationId, id))
                .sorted((a, b) -> b.publishedAtOrCreated().compareTo(a.publishedAtOrCreated()))
                .toList();
        for (NewsSummary n : chosen) {
            if (!n.published() || n.audience() != Audience.PUBLIC) {
                throw new InvalidInput("items", "news.newsletter.notPublic", n.title());
            }
            if (n.newsletterSentAt() != null) {
                throw new InvalidInput("items", "news.newsletter.alreadySent", n.title());
            }
        }
        String collaborationName = members.collaboration(collaborationId).name();
        OffsetDateTime now = now();
        List<Subscribers.Row> to = subscribers.confirmed(collaborationId);
        for (Subscribers.Row s : to) {
            String token = newToken();
            subscribers.addUnsubscribeLink(s.id(), hash(token), now);
            mails.newsletter(collaborationId, collaborationName, s.email(), chosen, token);
        }
        for (NewsSummary n : chosen) {
            items.markSent(n.id(), now);
            audit.updated(collaborationId, "news", n.id(), n.title(), n, item(collaborationId, n.id()));
        }
        return to.size();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip().toLowerCase(Locale.ROOT);
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
