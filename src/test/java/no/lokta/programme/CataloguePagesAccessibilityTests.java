package no.lokta.programme;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import no.lokta.LoktaTest;
import no.lokta.journey.Browser;
import no.lokta.member.MemberManagement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * axe-core over the catalogue pages in Norwegian and English, on a desktop and a phone: the
 * filtered list, the month view, an activity that gathers at several sites, and the editing pages
 * of a resource-group member (ressurs@lokta.no sits in the geriatrics network's resource group).
 */
@LoktaTest
class CataloguePagesAccessibilityTests {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    MemberManagement members;

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

    private String lokta() {
        return members.collaborationNamed("LØKTA").orElseThrow().id().toString();
    }

    @Test
    void publicListMonthAndActivityInBothLanguagesOnDesktopAndPhone() {
        for (boolean phone : new boolean[] {false, true}) {
            for (String lang : new String[] {"nb", "en"}) {
                String suffix = (phone ? "phone-" : "desktop-") + lang;
                try (BrowserContext context = browser.context(phone)) {
                    Page page = context.newPage();
                    page.navigate(url("/programme?collaboration=" + lokta() + "&lang=" + lang));
                    page.getByLabel(lang.equals("en") ? "Network" : "Nettverk")
                            .selectOption(new com.microsoft.playwright.options.SelectOption()
                                    .setLabel("Fagnettverk geriatri"));
                    page.getByRole(
                                    AriaRole.BUTTON,
                                    new Page.GetByRoleOptions().setName(lang.equals("en") ? "Filter" : "Filtrer"))
                            .click();
                    assertThat(page.locator("main table")).containsText("Fellessamling i demensomsorg");
                    assertThat(page.locator("main table")).not().containsText("Videoforelesning");
                    browser.assertAccessible(page);
                    browser.screenshot(page, "70-catalogue-list-" + suffix);

                    page.navigate(url("/programme?collaboration=" + lokta() + "&view=month&month=2027-03"));
                    if (phone) {
                        assertThat(page.locator(".month-list")).containsText("Fellessamling i demensomsorg");
                        assertThat(page.locator(".month-grid")).isHidden();
                    } else {
                        assertThat(page.locator("table.calendar")).containsText("Fellessamling i demensomsorg");
                    }
                    browser.assertAccessible(page);
                    browser.screenshot(page, "71-catalogue-month-" + suffix);

                    page.navigate(url("/programme?collaboration=" + lokta() + "&month=2027-01"));
                    String href = page.getByRole(
                                    AriaRole.LINK,
                                    new Page.GetByRoleOptions()
                                            .setName("Videoforelesning: lindrende behandling i hjemmet"))
                            .getAttribute("href");
                    page.navigate(url(String.valueOf(href)));
                    assertThat(page.locator("main")).containsText("Petter Haugen");
                    browser.assertAccessible(page);
                    browser.screenshot(page, "72-catalogue-activity-sites-" + suffix);
                }
            }
        }
    }

    @Test
    void aResourceGroupMemberEditsTheGeriatricsProgrammeWithSites() {
        for (boolean phone : new boolean[] {false, true}) {
            try (BrowserContext context = browser.context(phone)) {
                Page page = context.newPage();
                String suffix = phone ? "phone" : "desktop";
                browser.signIn(page, url(""), "ressurs@lokta.no");
                page.navigate(url("/programme/manage"));
                assertThat(page.locator("main table")).containsText("Fellessamling i demensomsorg");
                assertThat(page.locator("main table")).not().containsText("Videoforelesning");
                browser.assertAccessible(page);
                browser.screenshot(page, "73-catalogue-manage-resource-" + suffix);
                page.navigate(url("/programme/manage/new"));
                browser.assertAccessible(page);
                browser.screenshot(page, "74-catalogue-manage-new-" + suffix);
                page.navigate(url("/programme/manage/new?lang=en"));
                browser.assertAccessible(page);
                page.navigate(url("/programme/manage?lang=nb"));
                page.getByRole(
                                AriaRole.LINK,
                                new Page.GetByRoleOptions()
                                        .setName("Fellessamling i demensomsorg")
                                        .setExact(true))
                        .click();
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Samlingssteder"))
                        .click();
                // an empty site is refused with field messages
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Legg til samlingssted"))
                        .click();
                assertThat(page.locator(".ds-error-summary")).containsText("Skriv hvor stedet er.");
                browser.assertAccessible(page);
                browser.screenshot(page, "75-catalogue-sites-refused-" + suffix);
                page.getByLabel("Sted", new Page.GetByLabelOptions().setExact(true))
                        .fill("Sørreisa, Helsesenteret");
                page.getByLabel("Lokal tilrettelegger").fill("Turid Berg");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Legg til samlingssted"))
                        .click();
                assertThat(page.locator("main")).containsText("Turid Berg");
                browser.assertAccessible(page);
                browser.screenshot(page, "76-catalogue-sites-" + suffix);
                page.navigate(page.url() + "?lang=en");
                browser.assertAccessible(page);
                page.navigate(page.url().replace("?lang=en", "?lang=nb"));
                // removes it again, so that the demo data stays as it was
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fjern Sørreisa, Helsesenteret"))
                        .click();
                assertThat(page.locator("main")).not().containsText("Turid Berg");
            }
        }
    }

    @Test
    void theNetworkPageShowsItsProgramme() {
        try (BrowserContext context = browser.context(false)) {
            Page page = context.newPage();
            browser.signIn(page, url(""), "ressurs@lokta.no");
            page.navigate(url("/networks"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fagnettverk geriatri"))
                    .click();
            assertThat(page.locator("#network-programme")).hasText("Kompetanseprogram");
            assertThat(page.locator("main")).containsText("Pårørendeskole: demens");
            browser.assertAccessible(page);
            browser.screenshot(page, "77-catalogue-network-programme");
        }
    }
}
