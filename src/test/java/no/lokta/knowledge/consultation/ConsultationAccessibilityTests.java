package no.lokta.knowledge.consultation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.journey.Browser;
import no.lokta.member.MemberManagement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * axe-core over the consultation pages of the Helsedialog demo in both languages, for the
 * coordinator on a desktop and for a municipality contact on a phone, with a refused form.
 */
@LoktaTest
class ConsultationAccessibilityTests {

    private static final String COORDINATOR = "helsedialog@lokta.no";

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    MemberManagement members;

    @Autowired
    ConsultationManagement consultations;

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

    private UUID demo(UUID collaboration, String title) {
        return consultations.consultations(collaboration).stream()
                .filter(c -> c.title().equals(title))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void theConsultationPagesAreAccessible() {
        UUID c = members.collaborationNamed("Helsedialog").orElseThrow().id();
        String open = "/knowledge/consultations/" + demo(c, HelsedialogConsultationsDemoData.OPEN);
        String reform = "/knowledge/consultations/" + demo(c, HelsedialogConsultationsDemoData.REFORM);
        try (BrowserContext context = browser.context(false)) {
            Page page = context.newPage();
            browser.signIn(page, url(""), COORDINATOR);
            for (String path : List.of(
                    "/knowledge/consultations",
                    "/knowledge/consultations/new",
                    open,
                    open + "/edit",
                    open + "/response",
                    open + "/close",
                    reform)) {
                for (String lang : List.of("en", "nb")) {
                    page.navigate(url(path + "?lang=" + lang));
                    assertThat(page.locator("h1")).isVisible();
                    browser.assertAccessible(page);
                }
            }
            page.navigate(url("/knowledge/consultations?lang=nb"));
            assertThat(page.locator("main table")).containsText("Samhandlingsreformen");
            browser.screenshot(page, "k60-consultations");
            page.navigate(url(open + "?lang=nb"));
            assertThat(page.locator("main")).containsText("Kommuner uten innspill");
            browser.screenshot(page, "k61-consultation-inputs");
            page.navigate(url(reform + "?lang=nb"));
            assertThat(page.locator("main")).containsText("Svar sendt");
            browser.screenshot(page, "k62-consultation-submitted");
            // a refused form: the input deadline before the day it was received
            page.navigate(url("/knowledge/consultations/new?lang=nb"));
            page.getByLabel("Tittel").fill("Høring om legevakt");
            page.getByLabel("Høringsinstans").fill("Helsedirektoratet");
            page.getByLabel("Mottatt").fill("2025-03-10");
            page.getByLabel("Frist for innspill").fill("2025-03-01");
            page.getByLabel("Høringsfrist", new Page.GetByLabelOptions().setExact(true))
                    .fill("2025-04-01");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre"))
                    .click();
            assertThat(page.locator(".ds-error-summary"))
                    .containsText("Fristen for innspill kan ikke være før høringen ble mottatt.");
            browser.assertAccessible(page);
            browser.screenshot(page, "k63-consultation-refused");
        }
        try (BrowserContext context = browser.context(true)) {
            Page page = context.newPage();
            browser.signIn(page, url(""), HelsedialogConsultationsDemoData.ARENDAL_CONTACT);
            for (String path : List.of("/knowledge/consultations", open, open + "/input", reform)) {
                for (String lang : List.of("en", "nb")) {
                    page.navigate(url(path + "?lang=" + lang));
                    assertThat(page.locator("h1")).isVisible();
                    browser.assertAccessible(page);
                }
            }
            page.navigate(url(open + "/input?lang=nb"));
            browser.screenshot(page, "k64-consultation-input-phone");
            // an empty input is refused at its field
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send innspill"))
                    .click();
            assertThat(page.locator(".ds-error-summary")).isVisible();
            browser.assertAccessible(page);
        }
    }
}
