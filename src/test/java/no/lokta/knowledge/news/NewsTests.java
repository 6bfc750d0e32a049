package no.lokta.knowledge.news;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.platform.web.InvalidInput;
import no.lokta.project.funding.FunderKind;
import no.lokta.project.scheme.GrantSchemeCommand;
import no.lokta.project.scheme.SchemeManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** News: safe Markdown, who sees what, feeds, the newsletter with double opt-in, and the grant-scheme drafts. */
@LoktaTest
class NewsTests {

    @Autowired
    TestWorld worlds;

    @Autowired
    NewsManagement news;

    @Autowired
    SchemeManagement schemes;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    private NewsSummary published(UUID c, String title, Audience audience, String... tags) {
        NewsSummary n = news.create(c, new NewsCommand(title, "Tekst om " + title + ".", List.of(tags), audience));
        return news.publish(c, n.id());
    }

    @Test
    void markdownIsRenderedWithoutScriptsHandlersOrJavascriptLinks() throws Exception {
        String html = NewsMarkdown.html("""
                # Overskrift

                **fet** og [lenke](https://example.org) og [ond](javascript:alert(1))

                <script>alert('x')</script>
                <a href="https://example.org" onclick="alert(2)">klikk</a>
                <img src=x onerror="alert(3)">
                """);
        assertThat(html).contains("<h2>Overskrift</h2>", "<strong>fet</strong>", "href=\"https://example.org\"");
        assertThat(html).contains("nofollow", "noopener");
        // raw HTML is shown as text, so no element or attribute of it survives
        assertThat(html.toLowerCase()).doesNotContain("<script", "onclick=", "onerror=", "javascript:", "<img");
        assertThat(html).contains("&lt;script&gt;");

        var w = worlds.create();
        NewsSummary n = news.create(
                w.id(),
                new NewsCommand(
                        "Farlig",
                        "<script>alert(1)</script> [x](javascript:alert) <b onclick=\"x()\">b</b>",
                        List.of(),
                        Audience.PUBLIC));
        news.publish(w.id(), n.id());
        String page = mvc.get()
                .uri("/knowledge/news/" + n.id())
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page.toLowerCase()).doesNotContain("<script>alert", "onclick=\"x", "href=\"javascript");
    }

    @Test
    void publicMembersOnlyAndDraftsAreShownToTheRightPeople() throws Exception {
        var w = worlds.create();
        var c = w.id();
        NewsSummary open = published(c, "Åpen nyhet", Audience.PUBLIC, "nettverk");
        NewsSummary members = published(c, "Intern nyhet", Audience.MEMBERS, "nettverk");
        NewsSummary draft = news.create(c, new NewsCommand("Utkast", "", List.of(), Audience.PUBLIC));

        // without sign-in
        assertThat(mvc.get().uri("/knowledge/news/" + open.id()))
                .hasStatusOk()
                .bodyText()
                .contains("Åpen nyhet");
        assertThat(mvc.get().uri("/knowledge/news/" + members.id())).hasStatus(404);
        assertThat(mvc.get().uri("/knowledge/news/" + draft.id())).hasStatus(404);
        assertThat(mvc.get().uri("/knowledge/news?collaboration=" + c))
                .hasStatusOk()
                .bodyText()
                .contains("Åpen nyhet")
                .doesNotContain("Intern nyhet", "Utkast");
        // all collaborations, without sign-in
        assertThat(mvc.get().uri("/knowledge/news")).hasStatusOk().bodyText().doesNotContain("Intern nyhet");

        // a participant of the collaboration reads the members' item, not the draft
        assertThat(mvc.get().uri("/knowledge/news/" + members.id()).with(as(w.participant())))
                .hasStatusOk();
        assertThat(mvc.get().uri("/knowledge/news/" + draft.id()).with(as(w.participant())))
                .hasStatus(404);
        assertThat(mvc.get().uri("/knowledge/news").with(as(w.participant())))
                .hasStatusOk()
                .bodyText()
                .contains("Åpen nyhet", "Intern nyhet")
                .doesNotContain("Utkast");
        // the coordinator sees the draft
        assertThat(mvc.get().uri("/knowledge/news/" + draft.id()).with(as(w.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("Utkast");

        // someone of another collaboration sees only the public item
        var other = worlds.create();
        assertThat(mvc.get().uri("/knowledge/news/" + members.id()).with(as(other.coordinator())))
                .hasStatus(404);
        assertThat(mvc.get().uri("/knowledge/news/" + draft.id()).with(as(other.coordinator())))
                .hasStatus(404);
        assertThat(mvc.get().uri("/knowledge/news/" + open.id()).with(as(other.coordinator())))
                .hasStatusOk();

        // tag filter
        published(c, "Om avtaler", Audience.PUBLIC, "Avtaler");
        assertThat(mvc.get().uri("/knowledge/news?collaboration=" + c + "&tag=avtaler"))
                .hasStatusOk()
                .bodyText()
                .contains("Om avtaler")
                .doesNotContain("Åpen nyhet");
        assertThat(news.published(c, Set.of(), "NETTVERK"))
                .extracting(NewsSummary::title)
                .containsExactly("Åpen nyhet");
    }

    @Test
    void theCoordinatorWritesPublishesAndDeletesAndOthersAreRefused() throws Exception {
        var w = worlds.create();
        var c = w.id();
        assertThat(mvc.post()
                        .uri("/knowledge/news/manage")
                        .with(as(w.coordinator()))
                        .with(csrf())
                        .param("title", "Nytt krav")
                        .param("text", "Tekst")
                        .param("tags", "nasjonalt krav, Nasjonalt krav, avtaler")
                        .param("audience", "PUBLIC"))
                .hasStatus3xxRedirection();
        NewsSummary n = news.items(c).getFirst();
        assertThat(n.tags()).containsExactly("nasjonalt krav", "avtaler");
        assertThat(n.status()).isEqualTo(NewsStatus.DRAFT);

        // bad input: empty title, unknown audience; nothing changes
        assertThat(mvc.post()
                        .uri("/knowledge/news/manage")
                        .with(as(w.coordinator()))
                        .with(csrf())
                        .param("title", "  ")
                        .param("text", "x")
                        .param("audience", "PUBLIC"))
                .hasStatusOk()
                .bodyText()
                .contains("ds-error-summary");
        assertThat(mvc.post()
                        .uri("/knowledge/news/manage/" + n.id())
                        .with(as(w.coordinator()))
                        .with(csrf())
                        .param("title", "")
                        .param("text", "endret")
                        .param("audience", "NOBODY"))
                .hasStatusOk();
        assertThat(news.items(c)).hasSize(1);
        assertThat(news.item(c, n.id()).text()).isEqualTo("Tekst");
        assertThatThrownBy(() -> new NewsCommand("", "x", List.of(), Audience.PUBLIC))
                .isInstanceOf(InvalidInput.class);

        // wrong role
        assertThat(mvc.get().uri("/knowledge/news/manage").with(as(w.contact())))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/knowledge/news/manage/" + n.id() + "/publish")
                        .with(as(w.participant()))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/knowledge/news/manage")
                        .with(as(w.contact()))
                        .with(csrf())
                        .param("title", "Fra kontakten")
                        .param("audience", "PUBLIC"))
                .hasStatus(403);
        // another collaboration's coordinator
        var other = worlds.create();
        assertThat(mvc.get().uri("/knowledge/news/manage/" + n.id() + "/edit").with(as(other.coordinator())))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/knowledge/news/manage/" + n.id() + "/delete")
                        .with(as(other.coordinator()))
                        .with(csrf()))
                .hasStatus(404);
        assertThatThrownBy(() -> news.publish(other.id(), n.id())).isInstanceOf(NewsNotFound.class);
        assertThat(news.item(c, n.id()).status()).isEqualTo(NewsStatus.DRAFT);

        // publish, edit, delete
        assertThat(mvc.post()
                        .uri("/knowledge/news/manage/" + n.id() + "/publish")
                        .with(as(w.coordinator()))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(news.item(c, n.id()).publishedAt()).isNotNull();
        assertThat(mvc.get().uri("/knowledge/news/manage/" + n.id() + "/edit").with(as(w.coordinator())))
                .hasStatusOk();
        assertThat(mvc.post()
                        .uri("/knowledge/news/manage/" + n.id())
                        .with(as(w.coordinator()))
                        .with(csrf())
                        .param("title", "Nytt krav fra 2027")
                        .param("text", "Ny tekst")
                        .param("tags", "")
                        .param("audience", "MEMBERS"))
                .hasStatus3xxRedirection();
        assertThat(news.item(c, n.id()).audience()).isEqualTo(Audience.MEMBERS);
        assertThat(news.item(c, n.id()).tags()).isEmpty();
        assertThat(mvc.post()
                        .uri("/knowledge/news/manage/" + n.id() + "/delete")
                        .with(as(w.coordinator()))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(news.items(c)).isEmpty();
    }

    @Test
    void feedsAreXmlWithTheCollaborationsPublicNews() throws Exception {
        var w = worlds.create();
        var c = w.id();
        published(c, "Kurs & <samling> \"i dag\"", Audience.PUBLIC, "nettverk");
        published(c, "Bare for medlemmer", Audience.MEMBERS);
        news.create(c, new NewsCommand("Utkast", "", List.of(), Audience.PUBLIC));

        var rss = mvc.get().uri("/knowledge/news/feed.rss?collaboration=" + c).exchange();
        assertThat(rss.getResponse().getStatus()).isEqualTo(200);
        assertThat(rss.getResponse().getContentType()).startsWith("application/rss+xml");
        Document r = xml(rss.getResponse().getContentAsByteArray());
        NodeList items = r.getElementsByTagName("item");
        assertThat(items.getLength()).isEqualTo(1);
        Element item = (Element) items.item(0);
        assertThat(text(item, "title")).isEqualTo("Kurs & <samling> \"i dag\"");
        assertThat(text(item, "category")).isEqualTo("nettverk");
        ZonedDateTime pub = ZonedDateTime.parse(text(item, "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME);
        assertThat(pub.toInstant()).isBetween(Instant.now().minus(Duration.ofHours(1)), Instant.now());

        var atom = mvc.get().uri("/knowledge/news/feed.atom?collaboration=" + c).exchange();
        assertThat(atom.getResponse().getContentType()).startsWith("application/atom+xml");
        Document a = xml(atom.getResponse().getContentAsByteArray());
        assertThat(a.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        NodeList entries = a.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isEqualTo(1);
        Element entry = (Element) entries.item(0);
        assertThat(entry.getElementsByTagNameNS("*", "title").item(0).getTextContent())
                .isEqualTo("Kurs & <samling> \"i dag\"");
        OffsetDateTime.parse(
                entry.getElementsByTagNameNS("*", "updated").item(0).getTextContent());

        assertThat(mvc.get().uri("/knowledge/news/feed.rss?collaboration=" + UUID.randomUUID()))
                .hasStatus(404);
        assertThat(mvc.get().uri("/knowledge/news/feed.atom?collaboration=nonsense"))
                .hasStatus(404);
    }

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static String text(Element e, String tag) {
        return e.getElementsByTagName(tag).item(0).getTextContent();
    }

    @Test
    void subscribingConfirmingAndUnsubscribingNeedNoSignIn() {
        var w = worlds.create();
        var c = w.id();
        String address = "leser-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        // bad address: refused, nothing stored or sent
        assertThat(mvc.post()
                        .uri("/knowledge/news/subscribe?collaboration=" + c)
                        .with(csrf())
                        .param("email", "ikke en adresse"))
                .hasStatusOk()
                .bodyText()
                .contains("ds-error-summary");
        assertThatThrownBy(() -> news.subscribe(c, "a@b")).isInstanceOf(InvalidInput.class);
        assertThat(subscribers(c)).isZero();
        assertThat(mails(c)).isEmpty();

        assertThat(mvc.get().uri("/knowledge/news/subscribe?collaboration=" + c))
                .hasStatusOk();
        assertThat(mvc.post()
                        .uri("/knowledge/news/subscribe?collaboration=" + c)
                        .with(csrf())
                        .param("email", address))
                .hasStatus3xxRedirection();
        String confirm = token(lastMail(c, address), "/knowledge/news/subscribe/");
        assertThat(news.subscriberCount(c)).isZero();

        // a newsletter before confirming: the address gets nothing
        NewsSummary first = published(c, "Første", Audience.PUBLIC);
        assertThat(news.sendNewsletter(c, List.of(first.id()))).isZero();
        assertThat(mails(c)).hasSize(1);

        assertThat(mvc.get().uri("/knowledge/news/subscribe/wrong-token")).hasStatus(404);
        assertThat(mvc.post().uri("/knowledge/news/subscribe/wrong-token").with(csrf()))
                .hasStatus(404);
        assertThat(mvc.get().uri("/knowledge/news/subscribe/" + confirm)).hasStatusOk();
        assertThat(mvc.post().uri("/knowledge/news/subscribe/" + confirm).with(csrf()))
                .hasStatusOk();
        assertThat(news.subscriberCount(c)).isEqualTo(1);
        // the link is used
        assertThat(mvc.get().uri("/knowledge/news/subscribe/" + confirm)).hasStatus(404);
        // the token itself is not stored
        assertThat(jdbc.sql("select count(*) from knowledge.news_subscriber where confirm_hash = ?")
                        .param(confirm)
                        .query(Integer.class)
                        .single())
                .isZero();

        // subscribing again when confirmed sends nothing
        news.subscribe(c, address.toUpperCase());
        assertThat(mails(c)).hasSize(1);

        NewsSummary second = published(c, "Andre", Audience.PUBLIC);
        assertThat(news.sendNewsletter(c, List.of(second.id()))).isEqualTo(1);
        String letter = lastMail(c, address);
        assertThat(letter).contains("Andre", "/knowledge/news/" + second.id()).doesNotContain("Første");
        String unsubscribe = token(letter, "/knowledge/news/unsubscribe/");
        assertThat(jdbc.sql("select count(*) from knowledge.news_unsubscribe_link where token_hash = ?")
                        .param(unsubscribe)
                        .query(Integer.class)
                        .single())
                .isZero();

        assertThat(mvc.get().uri("/knowledge/news/unsubscribe/not-it")).hasStatus(404);
        assertThat(mvc.post().uri("/knowledge/news/unsubscribe/not-it").with(csrf()))
                .hasStatus(404);
        assertThat(news.subscriberCount(c)).isEqualTo(1);
        assertThat(mvc.get().uri("/knowledge/news/unsubscribe/" + unsubscribe)).hasStatusOk();
        assertThat(mvc.post().uri("/knowledge/news/unsubscribe/" + unsubscribe).with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("ikke lenger");
        assertThat(news.subscriberCount(c)).isZero();
        int before = mails(c).size();
        NewsSummary third = published(c, "Tredje", Audience.PUBLIC);
        assertThat(news.sendNewsletter(c, List.of(third.id()))).isZero();
        assertThat(mails(c)).hasSize(before);
    }

    @Test
    void aNewsletterItemIsSentOnceAndOnlyPublicPublishedNewsGoes() {
        var w = worlds.create();
        var c = w.id();
        String address = "abonnent@example.org";
        news.subscribe(c, address);
        news.confirm(token(lastMail(c, address), "/knowledge/news/subscribe/"));
        NewsSummary a = published(c, "Nyhet A", Audience.PUBLIC);
        NewsSummary b = published(c, "Nyhet B", Audience.PUBLIC);
        NewsSummary internal = published(c, "Intern", Audience.MEMBERS);
        NewsSummary draft = news.create(c, new NewsCommand("Utkast", "", List.of(), Audience.PUBLIC));

        assertThat(mvc.post()
                        .uri("/knowledge/news/manage/newsletter")
                        .with(as(w.contact()))
                        .with(csrf())
                        .param("items", a.id().toString()))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/knowledge/news/manage/newsletter")
                        .with(as(w.coordinator()))
                        .with(csrf())
                        .param("items", a.id().toString(), b.id().toString()))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("sent", 1);
        int sent = mails(c).size();
        assertThat(lastMail(c, address)).contains("Nyhet A", "Nyhet B");

        // the same items again, or one of them with a new one: refused, nothing sent
        assertThat(mvc.post()
                        .uri("/knowledge/news/manage/newsletter")
                        .with(as(w.coordinator()))
                        .with(csrf())
                        .param("items", a.id().toString(), b.id().toString()))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("refused", "news.newsletter.alreadySent");
        NewsSummary fresh = published(c, "Nyhet C", Audience.PUBLIC);
        assertThatThrownBy(() -> news.sendNewsletter(c, List.of(fresh.id(), a.id())))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> news.sendNewsletter(c, List.of(internal.id()))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> news.sendNewsletter(c, List.of(draft.id()))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> news.sendNewsletter(c, List.of())).isInstanceOf(InvalidInput.class);
        var other = worlds.create();
        assertThatThrownBy(() -> news.sendNewsletter(other.id(), List.of(fresh.id())))
                .isInstanceOf(NewsNotFound.class);
        assertThat(mails(c)).hasSize(sent);
        assertThat(news.item(c, fresh.id()).newsletterSentAt()).isNull();
        assertThat(news.unsent(c)).extracting(NewsSummary::title).containsExactly("Nyhet C");
    }

    /** Two coordinators pressing "send" at once: the item's row lock lets exactly one newsletter go. */
    @Test
    void aNewsletterSentFromManyThreadsAtOnceGoesOutOnce() throws Exception {
        var w = worlds.create();
        var c = w.id();
        for (String address : List.of("en@example.org", "to@example.org", "tre@example.org")) {
            news.subscribe(c, address);
            news.confirm(token(lastMail(c, address), "/knowledge/news/subscribe/"));
        }
        NewsSummary item = published(c, "Samtidig", Audience.PUBLIC);
        int before = mails(c).size();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        return news.sendNewsletter(c, List.of(item.id()));
                    } catch (InvalidInput refused) {
                        return -1;
                    }
                }));
            }
            start.countDown();
            List<Integer> outcomes = new ArrayList<>();
            for (var f : results) {
                outcomes.add(f.get());
            }
            assertThat(outcomes).containsOnlyOnce(3).containsOnly(3, -1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(mails(c)).hasSize(before + 3);
        assertThat(news.item(c, item.id()).newsletterSentAt()).isNotNull();
    }

    @Test
    void aPublishedGrantSchemeBecomesADraftTaggedAsGrantScheme() throws Exception {
        var w = worlds.create();
        var c = w.id();
        var scheme = schemes.create(
                c,
                new GrantSchemeCommand(
                        "Kompetanse og innovasjon",
                        "Helsedirektoratet",
                        FunderKind.DIRECTORATE,
                        LocalDate.of(2031, 3, 15),
                        "Kommuner",
                        "https://www.helsedirektoratet.no/tilskudd",
                        "Tilskudd.",
                        Set.of()));
        schemes.publish(c, scheme.id());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        Optional<NewsSummary> draft = Optional.empty();
        while (draft.isEmpty() && Instant.now().isBefore(deadline)) {
            draft = news.items(c).stream().findFirst();
            if (draft.isEmpty()) {
                Thread.sleep(100);
            }
        }
        assertThat(draft).isPresent();
        NewsSummary n = draft.get();
        assertThat(n.status()).isEqualTo(NewsStatus.DRAFT);
        assertThat(n.tags()).containsExactly(NewsManagement.SCHEME_TAG);
        assertThat(n.title()).contains("Kompetanse og innovasjon");
        assertThat(n.text()).contains("15.03.2031");
        // once per scheme
        assertThat(news.draftForScheme(c, scheme.id(), "Igjen", "x")).isEmpty();
        assertThat(news.items(c)).hasSize(1);
    }

    private int subscribers(UUID c) {
        return jdbc.sql("select count(*) from knowledge.news_subscriber where collaboration_id = ?")
                .param(c)
                .query(Integer.class)
                .single();
    }

    private List<String> mails(UUID c) {
        return jdbc.sql("select body from platform.mail_outbox where collaboration_id = ?")
                .param(c)
                .query(String.class)
                .list();
    }

    private String lastMail(UUID c, String to) {
        return jdbc.sql("select body from platform.mail_outbox where collaboration_id = ? and recipient = ?"
                        + " order by created_at desc limit 1")
                .params(c, to)
                .query(String.class)
                .single();
    }

    private static String token(String body, String path) {
        Matcher m = Pattern.compile(Pattern.quote(path) + "([A-Za-z0-9_-]+)").matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return m.group(1);
    }
}
