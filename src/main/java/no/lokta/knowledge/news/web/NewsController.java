package no.lokta.knowledge.news.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.lokta.knowledge.news.NewsFeeds;
import no.lokta.knowledge.news.NewsManagement;
import no.lokta.knowledge.news.NewsSummary;
import no.lokta.member.CollaborationSummary;
import no.lokta.member.MemberManagement;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Published news, open without sign-in: of the collaboration asked for, else of the one the
 * signed-in person works in, else of all of them. Members-only items are shown to people with a
 * role in their collaboration; drafts to its coordinators only. RSS and Atom feeds carry a
 * collaboration's public news.
 */
@Controller
@RequestMapping("/knowledge/news")
class NewsController {

    private static final java.util.Locale NORWEGIAN = java.util.Locale.forLanguageTag("nb");

    private final NewsManagement news;
    private final MemberManagement members;
    private final Tenancy tenancy;
    private final MessageSource messages;
    private final String baseUrl;

    NewsController(
            NewsManagement news,
            MemberManagement members,
            Tenancy tenancy,
            MessageSource messages,
            @Value("${lokta.base-url}") String baseUrl) {
        this.news = news;
        this.members = members;
        this.tenancy = tenancy;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable String collaboration,
            @RequestParam(required = false) @Nullable String tag,
            Model model) {
        UUID asked = uuid(collaboration);
        UUID collaborationId = asked != null
                ? members.collaboration(asked).id()
                : tenancy.current().map(CollaborationAccess::collaborationId).orElse(null);
        Set<UUID> memberOf = memberOf();
        String chosenTag = tag == null ? "" : tag.strip();
        List<NewsSummary> items = news.published(collaborationId, memberOf, chosenTag);
        Map<UUID, String> names = new LinkedHashMap<>();
        members.collaborations(items.stream().map(NewsSummary::collaborationId).collect(Collectors.toSet()))
                .forEach(c -> names.put(c.id(), c.name()));
        model.addAttribute("items", items);
        model.addAttribute("tags", news.tags(collaborationId, memberOf));
        model.addAttribute("tag", chosenTag);
        model.addAttribute("collaboration", collaborationId == null ? "" : collaborationId.toString());
        model.addAttribute(
                "collaborationName",
                collaborationId == null
                        ? ""
                        : members.collaboration(collaborationId).name());
        model.addAttribute("collaborationNames", names);
        model.addAttribute("allCollaborations", collaborationId == null);
        model.addAttribute("coordinator", isCoordinatorOf(collaborationId));
        return "knowledge/news/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        UUID collaborationId = news.collaborationOf(id);
        boolean coordinator = isCoordinatorOf(collaborationId);
        NewsSummary item = coordinator
                ? news.item(collaborationId, id)
                : news.published(id, memberOf().contains(collaborationId));
        model.addAttribute("item", item);
        model.addAttribute(
                "collaborationName", members.collaboration(collaborationId).name());
        model.addAttribute("coordinator", coordinator);
        return "knowledge/news/show";
    }

    @GetMapping(value = "/feed.rss", produces = "application/rss+xml;charset=UTF-8")
    ResponseEntity<String> rss(@RequestParam String collaboration) {
        return feed(collaboration, "rss", MediaType.parseMediaType("application/rss+xml;charset=UTF-8"));
    }

    @GetMapping(value = "/feed.atom", produces = "application/atom+xml;charset=UTF-8")
    ResponseEntity<String> atom(@RequestParam String collaboration) {
        return feed(collaboration, "atom", MediaType.parseMediaType("application/atom+xml;charset=UTF-8"));
    }

    private ResponseEntity<String> feed(String collaboration, String kind, MediaType type) {
        UUID id = uuid(collaboration);
        if (id == null) {
            return ResponseEntity.notFound().build();
        }
        CollaborationSummary c = members.collaboration(id);
        List<NewsSummary> items = news.feed(c.id());
        NewsFeeds.Channel channel = new NewsFeeds.Channel(
                messages.getMessage("news.feed.title", new Object[] {c.name()}, NORWEGIAN),
                messages.getMessage("news.feed.description", new Object[] {c.name()}, NORWEGIAN),
                baseUrl + "/knowledge/news?collaboration=" + c.id(),
                baseUrl + "/knowledge/news/feed." + kind + "?collaboration=" + c.id(),
                baseUrl + "/knowledge/news/");
        String body = kind.equals("rss") ? NewsFeeds.rss(channel, items) : NewsFeeds.atom(channel, items);
        return ResponseEntity.ok().contentType(type).body(body);
    }

    private Set<UUID> memberOf() {
        return tenancy.user()
                .map(u -> u.access().stream()
                        .map(CollaborationAccess::collaborationId)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    /** Whether the signed-in person coordinates that collaboration. */
    private boolean isCoordinatorOf(@Nullable UUID collaborationId) {
        return collaborationId != null
                && tenancy.user()
                        .flatMap(u -> u.accessTo(collaborationId))
                        .map(a -> a.has(Role.COORDINATOR))
                        .orElse(false);
    }

    static @Nullable UUID uuid(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
