package no.lokta.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.lokta.LoktaTest;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationSummary;
import no.lokta.people.PeopleManagement;
import no.lokta.platform.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The needs issue's "done when", through the browser: the coordinator builds and sends a survey, two
 * municipalities answer through their links, the results show a chart, a need is made from them and
 * ordered from the hospital trust, the provider offers, the coordinator accepts and the order becomes
 * an activity; after attendance the municipality's plan measure shows progress. axe-core runs on
 * every page visited; screenshots go to target/screenshots (n01…).
 */
@LoktaTest
class NeedsJourneyTests {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private static final Pattern LINK = Pattern.compile("/needs/respond/([A-Za-z0-9_-]{43})");

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MemberManagement members;

    @Autowired
    PeopleManagement people;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void look(Page page, String screenshot) {
        browser.assertAccessible(page);
        browser.screenshot(page, screenshot);
    }

    private static void click(Page page, AriaRole role, String name) {
        page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true))
                .click();
    }

    /** The latest link mailed to the address for the survey with this title. */
    private String linkTo(String email, String title) {
        String body = jdbc.sql("""
                        select body from platform.mail_outbox where recipient = ? and subject = ?
                        order by created_at desc limit 1""")
                .params(email, "Kartlegging: " + title)
                .query(String.class)
                .single();
        Matcher m = LINK.matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return m.group(1);
    }

    @Test
    void fromASurveyToProgressInAPlan() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String title = "Behov for sårbehandling " + suffix;
        UUID lokta = members.collaborationNamed("LØKTA").orElseThrow().id();
        OrganisationSummary malselv = members.organisations(lokta).stream()
                .filter(o -> o.name().equals("Målselv"))
                .findFirst()
                .orElseThrow();
        // a second municipality's contact, so that two municipalities answer
        String malselvContact = "kontakt-malselv-" + suffix + "@example.org";
        people.grant(
                people.createAccount(malselvContact, "Mona Moen", "correct horse battery"),
                lokta,
                Role.MUNICIPALITY_CONTACT,
                malselv.id());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));

        // 1. the coordinator builds a survey with a matrix, publishes and sends it
        String surveyPath;
        try (BrowserContext coordinator = browser.context(false)) {
            Page page = coordinator.newPage();
            browser.signIn(page, url(""), "koordinator@lokta.no");
            page.navigate(url("/needs/surveys"));
            look(page, "n01-surveys");
            click(page, AriaRole.LINK, "Ny kartlegging");
            page.getByLabel("Tittel").fill(title);
            click(page, AriaRole.BUTTON, "Lagre");
            surveyPath = page.url().substring(url("").length());
            click(page, AriaRole.LINK, "Ny del");
            page.getByLabel("Overskrift", new Page.GetByLabelOptions().setExact(true))
                    .fill("Sårbehandling");
            click(page, AriaRole.BUTTON, "Lagre");
            click(page, AriaRole.LINK, "Legg til spørsmål i Sårbehandling");
            page.getByLabel("Type spørsmål")
                    .selectOption(new SelectOption().setLabel("Matrise (tall per rad og kolonne)"));
            page.getByLabel("Spørsmål", new Page.GetByLabelOptions().setExact(true))
                    .fill("Hvor mange trenger opplæring?");
            page.getByLabel("Rader").fill("Sykepleiere\nHelsefagarbeidere");
            page.getByLabel("Kolonner").fill("Sårbehandling\nDiabetes");
            look(page, "n02-matrix-question");
            click(page, AriaRole.BUTTON, "Lagre");
            assertThat(page.locator("main")).containsText("Rader: Sykepleiere, Helsefagarbeidere");
            click(page, AriaRole.BUTTON, "Publiser");
            page.getByLabel("Send til kommunekontaktene i medlemskommunene").check();
            page.getByLabel("Siste dag for å svare").fill(today.plusDays(14).toString());
            click(page, AriaRole.BUTTON, "Send lenker");
            assertThat(page.locator("main")).containsText("Målselv");
            look(page, "n03-survey-sent");
        }

        // 2. two municipalities answer through their personal links, on a phone
        answer(linkTo("kommunekontakt@lokta.no", title), "7", "n04-answer-bardu-phone");
        answer(linkTo(malselvContact, title), "5", "n05-answer-malselv-phone");

        // 3. results with a chart; a need from the nurses' wound-care cell
        String needPath;
        try (BrowserContext coordinator = browser.context(false)) {
            Page page = coordinator.newPage();
            browser.signIn(page, url(""), "koordinator@lokta.no");
            page.navigate(url(surveyPath + "/results"));
            assertThat(page.locator("main")).containsText("For få svar til å vise resultater");
            // the contacts answer for their municipality, not for themselves
            page.getByLabel("Minste gruppe som vises (antall svar)").fill("1");
            click(page, AriaRole.BUTTON, "Lagre grensen");
            assertThat(page.locator("main")).containsText("2 svar er sendt inn");
            assertThat(page.locator("svg.bar-chart").first()).isVisible();
            look(page, "n06-results-chart");
            page.getByLabel("Del opp etter").selectOption(new SelectOption().setLabel("Kommune"));
            click(page, AriaRole.BUTTON, "Vis");
            assertThat(page.locator("main")).containsText("Bardu");
            look(page, "n07-results-by-municipality");
            page.navigate(url(surveyPath + "/results"));
            click(page, AriaRole.LINK, "Lag behov: Sykepleiere, Sårbehandling (12 personer)");
            assertThat(page.getByLabel("Antall personer")).hasValue("12");
            look(page, "n08-need-drafted");
            click(page, AriaRole.BUTTON, "Lagre");
            needPath = page.url().substring(url("").length());
            assertThat(page.locator("main")).containsText("Målselv");
            look(page, "n09-need-saved");

            // 4. an order to the hospital trust's learning centre, sent
            click(page, AriaRole.LINK, "Bestill opplæring");
            page.getByLabel("Utdanningstilbyder")
                    .selectOption(new SelectOption().setLabel("Universitetssykehuset Nord-Norge HF"));
            page.getByLabel("Hva skal bestilles").fill("Sårkurs for hjemmetjenesten " + suffix);
            page.getByLabel("For hvem").fill("Sykepleiere i Bardu og Målselv");
            page.getByLabel("Tidligst").fill(today.plusDays(20).toString());
            page.getByLabel("Senest").fill(today.plusDays(40).toString());
            page.getByLabel("Sted").fill("Bardufoss");
            page.getByLabel("Budsjett i kroner").fill("45000");
            look(page, "n10-order-form");
            click(page, AriaRole.BUTTON, "Lagre som utkast");
            click(page, AriaRole.BUTTON, "Send til tilbyderen");
            assertThat(page.locator("main")).containsText("Status er nå");
            look(page, "n11-order-sent");
        }
        String orderPath = jdbc.sql("select id from needs.education_order where title = ?")
                .param("Sårkurs for hjemmetjenesten " + suffix)
                .query(UUID.class)
                .single()
                .toString();

        // 5. the provider answers with an offer in Løkta
        try (BrowserContext partner = browser.context(false)) {
            Page page = partner.newPage();
            browser.signIn(page, url(""), "partner@lokta.no");
            page.navigate(url("/needs/orders"));
            look(page, "n12-provider-orders");
            page.navigate(url("/needs/orders/" + orderPath));
            page.getByLabel("Pris").fill("42000");
            page.getByLabel("Hva dere tilbyr").fill("To dager med teori og praktiske øvelser.");
            page.getByLabel("Foreslått fra").fill(today.plusDays(25).toString());
            page.getByLabel("Foreslått til").fill(today.plusDays(25).toString());
            click(page, AriaRole.BUTTON, "Send tilbudet");
            assertThat(page.locator("main")).containsText("To dager med teori");
            look(page, "n13-offer-sent");
        }

        // 6. accepted, and made an activity; published, one registers, attendance is ticked
        String activityId;
        try (BrowserContext coordinator = browser.context(false)) {
            Page page = coordinator.newPage();
            browser.signIn(page, url(""), "koordinator@lokta.no");
            page.navigate(url("/needs/orders/" + orderPath));
            click(page, AriaRole.BUTTON, "Aksepter tilbudet");
            click(page, AriaRole.BUTTON, "Opprett aktivitet i programmet");
            assertThat(page.locator("main")).containsText("Aktiviteten er opprettet som utkast");
            look(page, "n14-activity-created");
            activityId = jdbc.sql("select activity_id from needs.education_order where id = ?::uuid")
                    .param(orderPath)
                    .query(UUID.class)
                    .single()
                    .toString();
            page.navigate(url("/programme/manage/" + activityId + "/edit"));
            page.getByLabel("Status").selectOption(new SelectOption().setLabel("Publisert"));
            click(page, AriaRole.BUTTON, "Lagre");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .containsText("Sårkurs for hjemmetjenesten");
        }
        try (BrowserContext contact = browser.context(false)) {
            Page page = contact.newPage();
            browser.signIn(page, url(""), "kommunekontakt@lokta.no");
            page.navigate(url("/programme/activities/" + activityId));
            click(page, AriaRole.BUTTON, "Meld meg på");
            assertThat(page.locator("main")).containsText("Du er påmeldt.");

            // the contact links the activity to a measure of Bardu's plan for next year
            UUID plan = jdbc.sql("""
                            select p.id from needs.competence_plan p join member.organisation o on o.id = p.organisation_id
                            where o.name = 'Bardu' and o.collaboration_id = ? and p.year = 2027""").param(lokta).query(UUID.class).single();
            page.navigate(url("/needs/plans/" + plan + "/measures"));
            page.locator("[id='rows[0].activityId']").selectOption(activityId);
            click(page, AriaRole.BUTTON, "Lagre");
            page.navigate(url("/needs/plans/" + plan));
            assertThat(page.locator("main")).containsText("0 av 1 påmeldte fra Bardu deltok");

            try (BrowserContext coordinator = browser.context(true)) {
                Page phone = coordinator.newPage();
                browser.signIn(phone, url(""), "koordinator@lokta.no");
                phone.navigate(url("/programme/manage/activities/" + activityId + "/attendance"));
                phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Samling 1:"))
                        .click();
                phone.getByLabel("Knut Bakken").check();
                click(phone, AriaRole.BUTTON, "Lagre oppmøte");
                assertThat(phone.locator("#attendance-counts")).containsText("Til stede: 1.");
                look(phone, "n15-attendance-phone");
            }

            // 7. the plan's measure shows progress from the actual attendance
            page.navigate(url("/needs/plans/" + plan));
            assertThat(page.locator("main")).containsText("1 av 1 påmeldte fra Bardu deltok");
            look(page, "n16-plan-progress");
        }
        assertThat(jdbc.sql("select count(*) from needs.need_municipality where need_id = ?::uuid")
                        .param(needPath.substring(needPath.lastIndexOf('/') + 1))
                        .query(Integer.class)
                        .single())
                .as("Bardu and Målselv")
                .isEqualTo(2);
    }

    private void answer(String token, String nurses, String screenshot) {
        try (BrowserContext phone = browser.context(true)) {
            Page page = phone.newPage();
            page.navigate(url("/needs/respond/" + token));
            page.locator("input[name$='-r1-k1']").fill(nurses);
            page.locator("input[name$='-r2-k2']").fill("2");
            look(page, screenshot);
            click(page, AriaRole.BUTTON, "Send inn");
            assertThat(page.locator("main")).containsText("Takk for svaret");
        }
    }
}
