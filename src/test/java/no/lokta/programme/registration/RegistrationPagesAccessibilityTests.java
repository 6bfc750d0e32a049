package no.lokta.programme.registration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.journey.Browser;
import no.lokta.programme.ActivitySummary;
import no.lokta.programme.ProgrammeManagement;
import no.lokta.programme.RegistrationCommand;
import no.lokta.programme.RegistrationStatus;
import no.lokta.programme.RegistrationSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The guest registration and "Min kommune" in Chromium, in bokmål and English, on a desktop and a
 * phone: axe-core on every page, screenshots under target/screenshots.
 */
@LoktaTest
class RegistrationPagesAccessibilityTests {

    private static final Pattern TOKEN = Pattern.compile("/programme/registrations/confirm\\?token=([A-Za-z0-9_-]+)");

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    TestWorld worlds;

    @Autowired
    ProgrammeManagement programme;

    @Autowired
    JdbcClient jdbc;

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

    @Test
    void aGuestRegistersInBokmalOnADesktop() {
        var world = worlds.create();
        ActivitySummary school = TestActivities.open(
                programme,
                world.id(),
                "Pårørendeskole: demens",
                10,
                Map.of(world.municipality().id(), 2),
                null,
                false);
        String email = "gjest-" + UUID.randomUUID() + "@example.org";
        try (BrowserContext context = browser.context(false)) {
            Page page = context.newPage();
            page.navigate(url("/programme/activities/" + school.id()));
            // the form is loaded into the activity page
            assertThat(page.locator("#guest-registration form")).isVisible();
            browser.assertAccessible(page);
            browser.screenshot(page, "70-guest-form-on-activity");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send meg lenken"))
                    .click();
            assertThat(page.locator(".ds-error-summary")).containsText("Må fylles ut");
            browser.assertAccessible(page);
            browser.screenshot(page, "71-guest-form-errors");

            page.getByLabel("Navn").fill("Gunn Gjest");
            page.getByLabel("E-post").fill(email);
            page.getByLabel("Kommune eller organisasjon")
                    .selectOption(world.municipality().id().toString());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send meg lenken"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Vi har sendt en lenke til " + email);
            browser.assertAccessible(page);
            browser.screenshot(page, "72-guest-link-sent");

            String confirm = url("/programme/registrations/confirm?token=" + token(email));
            page.navigate(confirm);
            assertThat(page.locator("dl")).containsText("Gunn Gjest");
            browser.assertAccessible(page);
            browser.screenshot(page, "73-guest-confirm");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekreft påmeldingen"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Du er påmeldt Pårørendeskole: demens.");
            browser.assertAccessible(page);
            browser.screenshot(page, "74-guest-confirmed");

            page.navigate(confirm);
            assertThat(page.locator("h1")).hasText("Lenken er allerede brukt");
            browser.assertAccessible(page);
            browser.screenshot(page, "75-guest-link-used");
        }
        RegistrationSummary registered =
                programme.registrationOf(school.id(), email).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(registered.organisationId())
                .isEqualTo(world.municipality().id());
    }

    @Test
    void aGuestRegistersInEnglishOnAPhone() {
        var world = worlds.create();
        ActivitySummary school = TestActivities.open(programme, world.id(), "School for relatives", 10);
        String email = "guest-" + UUID.randomUUID() + "@example.org";
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            page.navigate(url("/programme/activities/" + school.id() + "/guest-registration?lang=en"));
            assertThat(page.locator("h1")).hasText("Register without signing in: School for relatives");
            browser.assertAccessible(page);
            browser.screenshot(page, "76-guest-form-en-phone");
            page.getByLabel("Name").fill("Gina Guest");
            page.getByLabel("E-mail").fill("not an address");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me the link"))
                    .click();
            assertThat(page.locator("#email-error")).isVisible();
            browser.assertAccessible(page);
            page.getByLabel("E-mail").fill(email);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me the link"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("We have sent a link to " + email);

            page.navigate(url("/programme/registrations/confirm?token=" + token(email)));
            assertThat(page.locator("h1")).hasText("Confirm the registration");
            browser.assertAccessible(page);
            browser.screenshot(page, "77-guest-confirm-en-phone");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm the registration"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("You are registered for School for relatives.");
            browser.assertAccessible(page);
            browser.screenshot(page, "78-guest-confirmed-en-phone");

            page.navigate(url("/programme/registrations/confirm?token=" + "A".repeat(43)));
            assertThat(page.locator("h1")).hasText("The link does not work");
            browser.assertAccessible(page);
            browser.screenshot(page, "79-guest-link-unknown-en-phone");
        }
    }

    @Test
    void aMunicipalityContactApprovesAndRegistersStaff() {
        var world = worlds.create();
        UUID bardu = world.municipality().id();
        ActivitySummary day = TestActivities.open(
                programme, world.id(), "Fagdag demens", 2, Map.of(bardu, 1), LocalDate.of(2030, 4, 1), true);
        RegistrationSummary anne = programme.register(new RegistrationCommand(
                day.id(), null, "Anne Ansatt", "anne-" + UUID.randomUUID() + "@example.org", bardu));
        programme.register(new RegistrationCommand(
                day.id(), null, "Berit Ansatt", "berit-" + UUID.randomUUID() + "@example.org", bardu));
        programme.register(new RegistrationCommand(
                day.id(), null, "Cato Ansatt", "cato-" + UUID.randomUUID() + "@example.org", bardu));
        String approval = "/programme/my-municipality/approvals/" + anne.id();
        try (BrowserContext context = browser.context(false)) {
            Page page = context.newPage();
            // the link in the approval mail: sign in, then straight to the registration
            page.navigate(url(approval));
            page.getByLabel("E-post").fill(world.contact().email());
            page.getByLabel("Passord").fill(TestWorld.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn"))
                    .click();
            // the saved request may carry Spring Security's "continue" marker
            page.waitForURL(address -> address.startsWith(url(approval)));
            assertThat(page.locator("h1")).hasText("Påmelding: Anne Ansatt");
            browser.assertAccessible(page);
            browser.screenshot(page, "80-municipality-approval");

            page.navigate(url("/programme/my-municipality"));
            assertThat(page.locator("h1")).hasText("Min kommune: Bardu");
            browser.assertAccessible(page);
            browser.screenshot(page, "81-municipality-overview");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Godkjenn Anne Ansatt til Fagdag demens"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Anne Ansatt er godkjent.");
            browser.assertAccessible(page);
            browser.screenshot(page, "82-municipality-approved");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Meld på egne ansatte"))
                    .click();
            browser.assertAccessible(page);
            browser.screenshot(page, "83-municipality-register");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Meld på").setExact(true))
                    .click();
            assertThat(page.locator(".ds-error-summary")).isVisible();
            browser.assertAccessible(page);
            browser.screenshot(page, "84-municipality-register-errors");
            page.getByLabel("Aktivitet").selectOption(day.id().toString());
            page.getByLabel("Den ansattes navn").fill("Dag Ansatt");
            page.getByLabel("Den ansattes e-post").fill("dag-" + UUID.randomUUID() + "@example.org");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Meld på").setExact(true))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Dag Ansatt står som nummer 2");
            browser.assertAccessible(page);

            for (String path : new String[] {
                "/programme/my-municipality?lang=en", approval, "/programme/my-municipality/registrations/new"
            }) {
                page.navigate(url(path));
                browser.assertAccessible(page);
            }
            assertThat(page.locator("h1")).hasText("Register own staff");
            browser.screenshot(page, "85-municipality-register-en");
        }
        try (BrowserContext phone = browser.context(true)) {
            Page page = phone.newPage();
            page.navigate(url("/login"));
            page.getByLabel("E-post").fill(world.contact().email());
            page.getByLabel("Passord").fill(TestWorld.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn"))
                    .click();
            page.navigate(url("/programme/my-municipality"));
            assertThat(page.locator("h1")).hasText("Min kommune: Bardu");
            browser.assertAccessible(page);
            browser.screenshot(page, "86-municipality-overview-phone");
            page.navigate(url(approval + "?lang=en"));
            browser.assertAccessible(page);
            browser.screenshot(page, "87-municipality-approval-en-phone");
        }
        org.assertj.core.api.Assertions.assertThat(programme
                        .registrationOf(day.id(), anne.email())
                        .orElseThrow()
                        .status())
                .isEqualTo(RegistrationStatus.CONFIRMED);
    }

    private String token(String email) {
        String body = jdbc.sql(
                        "select body from platform.mail_outbox where recipient = ? order by created_at desc limit 1")
                .param(email)
                .query(String.class)
                .single();
        Matcher m = TOKEN.matcher(body);
        org.assertj.core.api.Assertions.assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
