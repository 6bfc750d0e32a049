package no.lokta.finance.web;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.finance.Budget;
import no.lokta.finance.BudgetCommand;
import no.lokta.finance.CostShareRule;
import no.lokta.finance.FinanceManagement;
import no.lokta.finance.PopulationBasis;
import no.lokta.finance.TwoMembers;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationSummary;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@LoktaTest
class CostShareWebTests {

    /** Norwegian amounts are grouped with no-break spaces. */
    private static final char NBSP = '\u00a0';

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorld worlds;

    @Autowired
    MemberManagement members;

    @Autowired
    FinanceManagement finance;

    private TestWorld.World world;
    private OrganisationSummary malselv;

    @BeforeEach
    void twoMembers() {
        TwoMembers two = TwoMembers.create(worlds, members);
        world = two.world();
        malselv = two.malselv();
    }

    @Test
    void pageShowsTheTableTheWorkingAndTheChart() {
        assertThat(mvc.get()
                        .uri("/cost-share")
                        .param("year", "2019")
                        .param("budget", "1 000 000")
                        .with(as(world.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "<caption id=\"allocation-caption\">Fordeling av 1" + NBSP + "000" + NBSP + "000 kr for 2019",
                        "Innbyggertall 1.1.2019",
                        ">Bardu</th>",
                        "4" + NBSP + "030",
                        "184 av 365",
                        "132" + NBSP + "969 kr",
                        "432" + NBSP + "145 kr",
                        "565" + NBSP + "114 kr",
                        "434" + NBSP + "886 kr",
                        "medlem et halvt år, teller halvt, og de andre betaler resten",
                        "role=\"img\"",
                        "aria-label=\"Hva hver kommune betaler i 2019\"",
                        "/cost-share/export.csv?year=2019&amp;budget=1000000",
                        "/cost-share/export.xlsx?year=2019&amp;budget=1000000",
                        "/cost-share/invoice/" + malselv.id() + ".pdf?year=2019&amp;budget=1000000");
    }

    @Test
    void pageSpeaksEnglish() {
        assertThat(get("/cost-share?year=2019&budget=1000000&lang=en"))
                .hasStatusOk()
                .bodyText()
                .contains("Cost sharing", "NOK 565,114", "Population 1 Jan 2019", "a member for half the year");
    }

    @Test
    void budgetIsPrefilledFromTheSavedBudgetOfTheYear() {
        finance.saveBudget(world.id(), new BudgetCommand(2019, 1_000_000, ""));

        assertThat(get("/cost-share?year=2019"))
                .hasStatusOk()
                .bodyText()
                .contains("value=\"1000000\"", "565" + NBSP + "114 kr")
                .doesNotContain("Lagre 1" + NBSP + "000" + NBSP + "000 kr som budsjett");
        assertThat(get("/cost-share")).hasStatusOk().bodyText().contains("value=\"2019\"", "565" + NBSP + "114 kr");
    }

    @Test
    void refusedInputIsShownOnItsField() {
        assertThat(get("/cost-share?year=2019&budget=-5"))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "aria-describedby=\"budget-error\"",
                        "aria-invalid=\"true\"",
                        "id=\"budget-error\">Budsjettet kan ikke være negativt.")
                .doesNotContain("allocation-caption");
        assertThat(get("/cost-share?year=2010&budget=5"))
                .bodyText()
                .contains("id=\"year-error\">Samarbeidet hadde ingen medlemskommuner i 2010.");
        assertThat(get("/cost-share?year=2021&budget=5"))
                .bodyText()
                .contains("id=\"year-error\">Innbyggertall per 1. januar 2021 mangler for Bardu, Målselv.");
        assertThat(get("/cost-share?year=20x9&budget=ti"))
                .bodyText()
                .contains("Skriv et årstall med fire sifre", "Skriv budsjettet i hele kroner");
    }

    @Test
    void ruleIsSavedFromTheForm() {
        assertThat(get("/cost-share/rule")).hasStatusOk().bodyText().contains("value=\"20\"", "value=\"80\"");

        assertThat(mvc.post()
                        .uri("/cost-share/rule")
                        .param("equalSharePercent", "33,33")
                        .param("populationSharePercent", "66.67")
                        .param("populationBasis", "PREVIOUS_YEAR")
                        .with(csrf())
                        .with(as(world.coordinator())))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/cost-share");

        assertThat(finance.savedRule(world.id()))
                .contains(new CostShareRule(3_333, 6_667, PopulationBasis.PREVIOUS_YEAR));
    }

    @Test
    void ruleThatDoesNotAddUpTo100IsRefusedAndNothingIsSaved() {
        assertThat(mvc.post()
                        .uri("/cost-share/rule")
                        .param("equalSharePercent", "20")
                        .param("populationSharePercent", "70")
                        .param("populationBasis", "BUDGET_YEAR")
                        .with(csrf())
                        .with(as(world.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "ds-error-summary",
                        "aria-describedby=\"equalSharePercent-error\"",
                        "Andelene må til sammen være 100 %. Nå er summen 90 %.");
        assertThat(mvc.post()
                        .uri("/cost-share/rule")
                        .param("equalSharePercent", "20,005")
                        .param("populationSharePercent", "")
                        .param("populationBasis", "BUDGET_YEAR")
                        .with(csrf())
                        .with(as(world.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("Bruk høyst to desimaler.", "Må fylles ut.");

        assertThat(finance.savedRule(world.id())).isEmpty();
    }

    @Test
    void budgetIsSavedAndANegativeOneRefused() {
        assertThat(mvc.post()
                        .uri("/cost-share/budgets")
                        .param("year", "2019")
                        .param("amount", "-100")
                        .param("note", "")
                        .with(csrf())
                        .with(as(world.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"amount-error\">Budsjettet kan ikke være negativt.", "aria-invalid=\"true\"");
        assertThat(finance.budgets(world.id())).isEmpty();

        assertThat(mvc.post()
                        .uri("/cost-share/budgets")
                        .param("year", "2019")
                        .param("amount", "2 400 000")
                        .param("note", "Vedtatt i Regionrådet")
                        .with(csrf())
                        .with(as(world.coordinator())))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/cost-share?year=2019");
        assertThat(finance.budgets(world.id())).containsExactly(new Budget(2019, 2_400_000, "Vedtatt i Regionrådet"));
        assertThat(get("/cost-share/budgets")).hasStatusOk().bodyText().contains("Vedtatt i Regionrådet");
    }

    @Test
    void csvForExcel() {
        MvcTestResult result = get("/cost-share/export.csv?year=2019&budget=1000000");
        assertThat(result)
                .hasStatusOk()
                .hasContentType("text/csv;charset=UTF-8")
                .hasHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"kostnadsfordeling-2019.csv\"");
        byte[] body = result.getResponse().getContentAsByteArray();
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("\uFEFFKommunenummer;Kommune;Innbyggertall 1.1.2019;")
                .contains(
                        "5520;Bardu;4030;365;132969;432145;565114\r\n",
                        "5524;Målselv;6805;184;67031;367855;434886\r\n",
                        ";Sum;;549;200000;800000;1000000\r\n");
    }

    @Test
    void xlsxAddsUpToTheBudget() throws Exception {
        MvcTestResult result = get("/cost-share/export.xlsx?year=2019&budget=1000000");
        assertThat(result)
                .hasStatusOk()
                .hasContentType(CostShareController.XLSX)
                .hasHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"kostnadsfordeling-2019.xlsx\"");
        byte[] body = result.getResponse().getContentAsByteArray();
        assertThat(ReadableWorkbook.isOOXMLZipHeader(body)).isTrue();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(body))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(6)).isEqualTo("Å betale");
            assertThat(rows.get(1).getCellText(1)).isEqualTo("Bardu");
            assertThat(rows.get(1).getCellAsNumber(6)).contains(new BigDecimal("565114"));
            BigDecimal members = rows.subList(1, 3).stream()
                    .map(r -> r.getCellAsNumber(6).orElseThrow())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(members).isEqualByComparingTo("1000000");
            assertThat(rows.get(3).getCellText(1)).isEqualTo("Sum");
            assertThat(rows.get(3).getCellAsNumber(6).orElseThrow()).isEqualByComparingTo("1000000");
            assertThat(rows.get(3).getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("200000");
        }
    }

    @Test
    void pdfInvoiceBasisPerMember() {
        MvcTestResult result =
                get("/cost-share/invoice/" + world.municipality().id() + ".pdf?year=2019&budget=1000000");
        assertThat(result)
                .hasStatusOk()
                .hasContentType("application/pdf")
                .hasHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"fakturagrunnlag-2019-5520.pdf\"");
        byte[] pdf = result.getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(1_000);
    }

    @Test
    void refusedDownloadGoesBackToThePage() {
        assertThat(get("/cost-share/export.csv?year=2019&budget=-1"))
                .hasStatus(HttpStatus.SEE_OTHER)
                .hasRedirectedUrl("/cost-share?year=2019&budget=-1");
    }

    @Test
    void aContactGetsTheInvoiceBasisOfTheirOwnMunicipalityOnly() {
        finance.saveBudget(world.id(), new BudgetCommand(2019, 1_000_000, ""));
        String own = "/cost-share/invoice/" + world.municipality().id() + ".pdf?year=2019";
        String other = "/cost-share/invoice/" + malselv.id() + ".pdf?year=2019";

        assertThat(mvc.get().uri(own).with(as(world.contact()))).hasStatusOk().hasContentType("application/pdf");
        assertThat(mvc.get().uri(other).with(as(world.contact()))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/cost-share?year=2019").with(as(world.contact())))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void otherRolesAreForbidden() {
        for (String page : List.of(
                "/cost-share",
                "/cost-share/rule",
                "/cost-share/budgets",
                "/cost-share/export.csv?year=2019&budget=1",
                "/cost-share/export.xlsx?year=2019&budget=1",
                "/cost-share/invoice/" + world.municipality().id() + ".pdf?year=2019&budget=1")) {
            assertThat(mvc.get().uri(page).with(as(world.participant())))
                    .as(page)
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.post()
                        .uri("/cost-share/rule")
                        .param("equalSharePercent", "50")
                        .param("populationSharePercent", "50")
                        .param("populationBasis", "BUDGET_YEAR")
                        .with(csrf())
                        .with(as(world.contact())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(finance.savedRule(world.id())).isEmpty();
    }

    @Test
    void anInvoiceBasisForAnOrganisationOutsideTheYearIsNotFound() {
        assertThat(get("/cost-share/invoice/" + UUID.randomUUID() + ".pdf?year=2019&budget=1"))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    private MvcTestResult get(String uri) {
        return mvc.get().uri(uri).with(as(world.coordinator())).exchange();
    }
}
