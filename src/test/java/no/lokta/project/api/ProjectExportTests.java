package no.lokta.project.api;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.platform.security.LoktaUser;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The coordinator's downloads of all projects: the workbook and the funding lines as CSV. */
@LoktaTest
class ProjectExportTests {

    private static final String VAERNES = "Værnesregionen";
    private static final String PILOT = "Samhandling innen helse- og omsorgstjenester i Værnesregionen";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorld worlds;

    private LoktaUser coordinator() {
        return worlds.demoCoordinator(VAERNES);
    }

    private MvcTestResult get(String uri) {
        return mvc.get().uri(uri).with(as(coordinator())).exchange();
    }

    @Test
    void theCsvHoldsEveryFundingLineForExcelInNorway() throws IOException {
        MvcTestResult result = get("/projects/export.csv");
        assertThat(result)
                .hasStatusOk()
                .hasContentType("text/csv;charset=UTF-8")
                .hasHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"prosjekter.csv\"");
        String text = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith(
                        "\uFEFFProsjekt;År;Type;Kilde;Beskrivelse;Timer;Timesats (kr);Planlagt (kr);Regnskap (kr)\r\n")
                .contains(
                        PILOT
                                + ";2010;Tilskudd;Helse- og omsorgsdepartementet;Prosjektmidler til samhandling;;;1000000;\r\n",
                        PILOT
                                + ";2010;Egeninnsats, timer;Stjørdal;Arbeid i prosjekt- og delprosjektgrupper;800;500;400000;\r\n",
                        PILOT + ";2011;Egeninnsats, penger;Stjørdal;Drift av tiltakene ved Stjørdal DMS;;;400000;\r\n");

        List<CSVRecord> rows = CSVFormat.Builder.create(CSVFormat.EXCEL)
                .setDelimiter(';')
                .get()
                .parse(new StringReader(text.substring(1)))
                .getRecords();
        List<CSVRecord> pilot =
                rows.stream().filter(r -> r.get(0).equals(PILOT)).toList();
        assertThat(pilot).hasSize(21);
        assertThat(sum(pilot, "2010", "Tilskudd")).isEqualTo(1_600_000);
        assertThat(sum(pilot, "2011", "Tilskudd")).isEqualTo(3_200_000);
        assertThat(sum(pilot, "2010", null)).isEqualTo(3_200_000);
        assertThat(sum(pilot, "2011", null)).isEqualTo(5_100_000);
    }

    @Test
    void theCsvHeaderIsInTheReadersLanguage() {
        MvcTestResult result = get("/projects/export.csv?lang=en");
        assertThat(result)
                .hasStatusOk()
                .hasHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"projects.csv\"");
        assertThat(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .startsWith(
                        "\uFEFFProject;Year;Kind;Source;Description;Hours;Hourly rate (NOK);Planned (NOK);Actual (NOK)\r\n")
                .contains(PILOT + ";2010;Own contribution, hours;Stjørdal;");
    }

    @Test
    void theWorkbookHasProjectsFundingApplicationsAndReporting() throws IOException {
        MvcTestResult result = get("/projects/export.xlsx");
        assertThat(result)
                .hasStatusOk()
                .hasContentType(XLSX)
                .hasHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"prosjekter.xlsx\"");
        byte[] body = result.getResponse().getContentAsByteArray();
        assertThat(ReadableWorkbook.isOOXMLZipHeader(body)).isTrue();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(body))) {
            assertThat(wb.getSheets().map(Sheet::getName))
                    .containsExactly("Prosjekter", "Finansiering", "Søknader", "Rapportering");

            List<Row> projects = sheet(wb, "Prosjekter");
            assertThat(texts(projects.get(0)))
                    .containsExactly(
                            "Prosjekt",
                            "Fase",
                            "Periode",
                            "Eier",
                            "Deltakere",
                            "Tilskudd (kr)",
                            "Egeninnsats (kr)",
                            "Andre inntekter (kr)",
                            "Samlet ramme (kr)",
                            "Egeninnsats mot tilskudd");
            Row pilot = row(projects, PILOT);
            assertThat(pilot.getCellText(1)).isEqualTo("Avsluttet");
            assertThat(pilot.getCellText(2)).isEqualTo("01.01.2010 – 31.12.2011");
            assertThat(pilot.getCellText(3)).isEqualTo("Samarbeidet selv");
            assertThat(pilot.getCellText(4)).contains("Stjørdal", "St. Olavs hospital HF");
            assertThat(pilot.getCellAsNumber(5).orElseThrow()).isEqualByComparingTo("4800000");
            assertThat(pilot.getCellAsNumber(6).orElseThrow()).isEqualByComparingTo("3500000");
            assertThat(pilot.getCellAsNumber(7).orElseThrow()).isEqualByComparingTo("0");
            assertThat(pilot.getCellAsNumber(8).orElseThrow()).isEqualByComparingTo("8300000");
            assertThat(pilot.getCellText(9)).isEqualTo("Ikke oppfylt i 2011");

            List<Row> lines = sheet(wb, "Finansiering").stream()
                    .filter(r -> PILOT.equals(r.getCellText(0)))
                    .toList();
            assertThat(lines).hasSize(21);
            BigDecimal planned2011 = lines.stream()
                    .filter(r -> r.getCellAsNumber(1).orElseThrow().intValue() == 2011)
                    .map(r -> r.getCellAsNumber(7).orElseThrow())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(planned2011).isEqualByComparingTo("5100000");
            Row hours = lines.stream()
                    .filter(r -> r.getCellText(3).equals("Tydal")
                            && r.getCellAsNumber(1).orElseThrow().intValue() == 2010)
                    .findFirst()
                    .orElseThrow();
            assertThat(hours.getCellText(2)).isEqualTo("Egeninnsats, timer");
            assertThat(hours.getCellAsNumber(5).orElseThrow()).isEqualByComparingTo("200");
            assertThat(hours.getCellAsNumber(6).orElseThrow()).isEqualByComparingTo("500");
            assertThat(hours.getCellAsNumber(7).orElseThrow()).isEqualByComparingTo("100000");

            List<Row> applications = sheet(wb, "Søknader").stream()
                    .filter(r -> PILOT.equals(r.getCellText(0)))
                    .toList();
            assertThat(applications).hasSize(6);
            assertThat(applications)
                    .allSatisfy(r -> assertThat(r.getCellText(6)).isEqualTo("Innvilget"));
            BigDecimal granted = applications.stream()
                    .map(r -> r.getCellAsNumber(8).orElseThrow())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(granted).isEqualByComparingTo("4800000");

            List<Row> duties = sheet(wb, "Rapportering").stream()
                    .filter(r -> PILOT.equals(r.getCellText(0)))
                    .toList();
            assertThat(duties).hasSize(6);
            assertThat(duties).allSatisfy(r -> assertThat(r.getCellText(4)).isEqualTo("Levert"));
            assertThat(duties)
                    .extracting(r -> r.getCellText(1))
                    .contains("Rapport om bruken av midlene 2010", "Rapport om bruken av midlene 2011");
        }
    }

    @Test
    void theWorkbookIsInTheReadersLanguage() throws IOException {
        MvcTestResult result = get("/projects/export.xlsx?lang=en");
        assertThat(result)
                .hasStatusOk()
                .hasHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"projects.xlsx\"");
        try (ReadableWorkbook wb = new ReadableWorkbook(
                new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            assertThat(wb.getSheets().map(Sheet::getName))
                    .containsExactly("Projects", "Funding", "Applications", "Reporting");
            List<Row> projects = sheet(wb, "Projects");
            assertThat(projects.get(0).getCellText(0)).isEqualTo("Project");
            assertThat(projects.get(0).getCellText(8)).isEqualTo("Total frame (NOK)");
            assertThat(row(projects, PILOT).getCellText(9)).isEqualTo("Not met in 2011");
            assertThat(sheet(wb, "Funding").get(0).getCellText(7)).isEqualTo("Planned (NOK)");
            assertThat(sheet(wb, "Reporting").get(0).getCellText(4)).isEqualTo("State");
        }
    }

    @Test
    void onlyCoordinatorsDownloadAndOnlyTheirOwnProjects() {
        var world = worlds.create();
        for (LoktaUser user : List.of(world.participant(), world.contact())) {
            for (String uri : List.of("/projects/export.csv", "/projects/export.xlsx")) {
                assertThat(mvc.get().uri(uri).with(as(user))).as(uri).hasStatus(403);
            }
        }
        assertThat(mvc.get().uri("/projects/export.csv").with(as(world.coordinator())))
                .hasStatusOk()
                .bodyText()
                .doesNotContain(PILOT);
        for (String uri : List.of("/projects/export.csv", "/projects/export.xlsx")) {
            MvcTestResult anonymous = mvc.get().uri(uri).exchange();
            assertThat(anonymous).as(uri).hasStatus(302);
            assertThat(anonymous.getResponse().getHeader("Location")).as(uri).endsWith("/login");
        }
    }

    @Test
    void theProjectListLinksToTheDownloads() {
        assertThat(mvc.get().uri("/projects").with(as(coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "href=\"/projects/export.xlsx\"", "href=\"/projects/export.csv\"", "Finansieringslinjer (CSV)");
    }

    private static long sum(List<CSVRecord> rows, String year, String kind) {
        return rows.stream()
                .filter(r -> r.get(1).equals(year) && (kind == null || r.get(2).equals(kind)))
                .mapToLong(r -> Long.parseLong(r.get(7)))
                .sum();
    }

    private static List<Row> sheet(ReadableWorkbook wb, String name) throws IOException {
        Optional<Sheet> sheet = wb.findSheet(name);
        return sheet.orElseThrow().read();
    }

    private static Row row(List<Row> rows, String first) {
        return rows.stream()
                .filter(r -> first.equals(r.getCellText(0)))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> texts(Row row) {
        return row.stream().map(c -> c == null ? "" : c.getText()).toList();
    }
}
