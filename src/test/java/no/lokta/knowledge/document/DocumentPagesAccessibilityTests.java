package no.lokta.knowledge.document;

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

/** axe-core over the document library, a document, the forms and the public page of the Helsedialog demo, in both languages, on a desktop and a phone. */
@LoktaTest
class DocumentPagesAccessibilityTests {

    private static final String COORDINATOR = "helsedialog@lokta.no";

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    MemberManagement members;

    @Autowired
    DocumentManagement documents;

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

    private DocumentSummary demo(UUID c, String title) {
        return documents.documents(c, Viewer.COORDINATOR, new DocumentFilter(null, title)).stream()
                .filter(d -> d.title().equals(title))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theDocumentPagesAreAccessible() {
        UUID c = members.collaborationNamed("Helsedialog").orElseThrow().id();
        DocumentSummary mandate = demo(c, HelsedialogDocumentsDemoData.MANDATE);
        DocumentSummary report = demo(c, HelsedialogDocumentsDemoData.REPORT);
        String d = "/knowledge/documents/" + mandate.id();
        List<String> pages = List.of(
                "/knowledge/documents",
                "/knowledge/documents?q=mandat",
                "/knowledge/documents/new",
                d,
                d + "/edit",
                d + "/versions/new",
                d + "/delete");
        for (boolean phone : new boolean[] {false, true}) {
            try (BrowserContext context = browser.context(phone)) {
                Page page = context.newPage();
                // the public page, before signing in
                for (String lang : List.of("en", "nb")) {
                    page.navigate(url("/documents/" + report.id() + "?lang=" + lang));
                    assertThat(page.locator("h1")).hasText(HelsedialogDocumentsDemoData.REPORT);
                    browser.assertAccessible(page);
                }
                browser.screenshot(page, phone ? "k21-public-document-phone" : "k20-public-document");

                browser.signIn(page, url(""), COORDINATOR);
                for (String path : phone ? List.of("/knowledge/documents", d, "/knowledge/documents/new") : pages) {
                    for (String lang : List.of("en", "nb")) {
                        page.navigate(url(path + (path.contains("?") ? "&" : "?") + "lang=" + lang));
                        assertThat(page.locator("h1")).isVisible();
                        browser.assertAccessible(page);
                    }
                }
                page.navigate(url("/knowledge/documents"));
                assertThat(page.locator("main")).containsText(HelsedialogDocumentsDemoData.MANDATE);
                browser.screenshot(page, phone ? "k23-documents-phone" : "k22-documents");
                page.navigate(url(d));
                assertThat(page.locator("main")).containsText("Versjoner: 2");
                browser.screenshot(page, phone ? "k25-document-phone" : "k24-document");
                page.navigate(url("/knowledge/documents/new"));
                browser.screenshot(page, phone ? "k27-document-upload-phone" : "k26-document-upload");
                // a refused form: no file chosen
                page.getByLabel("Tittel", new Page.GetByLabelOptions().setExact(true))
                        .fill("Uten fil");
                page.getByRole(
                                AriaRole.BUTTON,
                                new Page.GetByRoleOptions().setName("Last opp").setExact(true))
                        .click();
                assertThat(page.locator(".ds-error-summary")).containsText("Velg en fil å laste opp.");
                browser.assertAccessible(page);
            }
        }
    }
}
