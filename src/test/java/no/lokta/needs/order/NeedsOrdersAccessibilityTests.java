package no.lokta.needs.order;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import no.lokta.LoktaTest;
import no.lokta.journey.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * axe-core over the needs list, the demo order as the coordinator sees it, and the provider's
 * offer form (partner@lokta.no belongs to UNN HF, to which the demo order is sent), in both
 * languages; the offer form also with its field messages, and the order with a file attached
 * (deleted again). Nothing is saved.
 */
@LoktaTest
class NeedsOrdersAccessibilityTests {

    private static Browser browser;

    @LocalServerPort
    int port;

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
    void theNeedsListAndAnOrderAsTheCoordinatorSeesThem() {
        for (boolean phone : new boolean[] {false, true}) {
            try (BrowserContext context = browser.context(phone)) {
                Page page = context.newPage();
                String suffix = phone ? "phone" : "desktop";
                browser.signIn(page, url(""), "koordinator@lokta.no");
                page.navigate(url("/needs/needs"));
                assertThat(page.locator("main table")).containsText("Sårbehandling for sykepleiere i hjemmetjenesten");
                browser.assertAccessible(page);
                browser.screenshot(page, "80-needs-list-" + suffix);
                page.navigate(url("/needs/needs?lang=en"));
                browser.assertAccessible(page);
                page.navigate(url("/needs/orders?lang=nb"));
                page.getByRole(
                                AriaRole.LINK,
                                new Page.GetByRoleOptions()
                                        .setName("Kurs i sårbehandling")
                                        .setExact(true))
                        .click();
                assertThat(page.locator("main")).containsText("Venter på tilbud fra tilbyderen.");
                browser.assertAccessible(page);
                browser.screenshot(page, "81-needs-order-" + suffix);
                page.navigate(page.url() + "?lang=en");
                browser.assertAccessible(page);
                page.navigate(url("/needs/orders/new?lang=nb"));
                browser.assertAccessible(page);
                browser.screenshot(page, "82-needs-order-new-" + suffix);
            }
        }
    }

    @Test
    void theProvidersOfferForm() {
        try (BrowserContext context = browser.context(false)) {
            Page page = context.newPage();
            browser.signIn(page, url(""), "partner@lokta.no");
            page.navigate(url("/needs/orders"));
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName("Kurs i sårbehandling")
                                    .setExact(true))
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Gi tilbud")))
                    .isVisible();
            browser.assertAccessible(page);
            browser.screenshot(page, "83-needs-offer-form");
            String order = page.url();
            page.navigate(order + "?lang=en");
            browser.assertAccessible(page);
            page.navigate(order + "?lang=nb");
            // an empty offer is refused with field messages, and nothing is saved
            page.getByLabel("Pris i kroner").fill("mange penger");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send tilbudet"))
                    .click();
            assertThat(page.locator(".ds-error-summary")).containsText("Skriv et beløp i kroner");
            browser.assertAccessible(page);
            browser.screenshot(page, "84-needs-offer-refused");

            // a refused file, then a file attached, listed and deleted again
            page.navigate(order + "?lang=nb");
            page.getByLabel("Legg ved en fil")
                    .setInputFiles(new FilePayload("tilbud.exe", "application/octet-stream", new byte[] {'M', 'Z'}));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Last opp"))
                    .click();
            assertThat(page.locator("#file-error")).containsText("Denne filtypen kan ikke lastes opp");
            browser.assertAccessible(page);
            page.getByLabel("Legg ved en fil")
                    .setInputFiles(new FilePayload(
                            "tilbud-tilgjengelighet.pdf",
                            "application/pdf",
                            "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Last opp"))
                    .click();
            assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Vedlegg")))
                    .containsText("tilbud-tilgjengelighet.pdf");
            browser.assertAccessible(page);
            browser.screenshot(page, "85-needs-order-attachment");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Slett tilbud-tilgjengelighet.pdf"))
                    .click();
            assertThat(page.locator("main")).containsText("Bestillingen har ingen vedlegg ennå.");
        }
    }
}
