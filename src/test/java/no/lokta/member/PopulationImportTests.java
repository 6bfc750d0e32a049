package no.lokta.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The CSV parser of population figures, with malformed input of every kind. */
class PopulationImportTests {

    private static final UUID COLLABORATION = UUID.randomUUID();
    private static final Organisation BARDU = municipality("Bardu", "5520", "5416 1922");
    private static final Organisation SENJA = municipality("Senja", "5530", "5421");

    private final PopulationImport parser = new PopulationImport();

    private static Organisation municipality(String name, String number, String former) {
        return new Organisation(
                UUID.randomUUID(),
                COLLABORATION,
                OrganisationKind.MUNICIPALITY,
                name,
                number,
                former,
                null,
                "",
                "",
                "",
                null,
                null,
                0);
    }

    private PopulationImport.Report parse(String csv) {
        return parser.parse(new StringReader(csv), List.of(BARDU, SENJA));
    }

    @Test
    void readsRowsWithOrWithoutHeaderAndByFormerNumbers() {
        var report = parse("\ufeffkommunenummer;år;innbyggere\n5520;2024;3986\n1922;2019;4 030\n\n5421;2020;14851\n");
        assertThat(report.ok()).isTrue();
        assertThat(report.rows())
                .extracting(
                        PopulationImport.Row::organisationId,
                        PopulationImport.Row::year,
                        PopulationImport.Row::population)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(BARDU.id(), 2024, 3986),
                        org.assertj.core.groups.Tuple.tuple(BARDU.id(), 2019, 4030),
                        org.assertj.core.groups.Tuple.tuple(SENJA.id(), 2020, 14851));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "5520;2024|population.import.columns",
                "5520;2024;3986;1|population.import.columns",
                "552;2024;3986|population.import.number",
                "abcd;2024;3986|population.import.number",
                "9999;2024;3986|population.import.unknownMunicipality",
                "5520;20x4;3986|population.import.year",
                "5520;1200;3986|population.import.year",
                "5520;2024;-5|population.import.population",
                "5520;2024;3,5|population.import.population",
                "5520;2024;|population.import.population",
                "5520;2024;99999999999|population.import.population",
            })
    void reportsEachBadRowAndKeepsNothing(String badRow, String expectedKey) {
        var report = parse("5530;2024;14894\n" + badRow + "\n");
        assertThat(report.ok()).isFalse();
        assertThat(report.rows()).as("all or nothing").isEmpty();
        assertThat(report.problems())
                .extracting(PopulationImport.Problem::messageKey)
                .contains(expectedKey);
        assertThat(report.problems()).allSatisfy(p -> assertThat(p.line()).isEqualTo(2));
    }

    @Test
    void reportsDuplicatesOfTheSameMunicipalityAndYear() {
        var report = parse("5520;2024;3986\n1922;2024;3990\n");
        assertThat(report.ok()).isFalse();
        assertThat(report.problems())
                .extracting(PopulationImport.Problem::messageKey)
                .containsExactly("population.import.duplicate");
    }

    @Test
    void reportsEveryProblemNotJustTheFirst() {
        var report = parse("x;2024;1\n5520;y;1\n5520;2024;z\n");
        assertThat(report.problems()).extracting(PopulationImport.Problem::line).containsExactly(1L, 2L, 3L);
    }

    @Test
    void refusesEmptyFilesAndHeaderOnly() {
        assertThat(parse("").problems())
                .extracting(PopulationImport.Problem::messageKey)
                .containsExactly("population.import.empty");
        assertThat(parse("kommunenummer;år;innbyggere\n").problems())
                .extracting(PopulationImport.Problem::messageKey)
                .containsExactly("population.import.empty");
    }

    @Test
    void refusesBrokenQuotingAsUnreadable() {
        var report = parse("5520;2024;3986\n\"5530;2024;14894\n");
        assertThat(report.ok()).isFalse();
        assertThat(report.problems())
                .extracting(PopulationImport.Problem::messageKey)
                .contains("population.import.unreadable");
    }

    @Test
    void refusesBinaryGarbage() {
        var report = parse("\u0000\u0001\u0002PK\u0003\u0004;;;;\n");
        assertThat(report.ok()).isFalse();
    }
}
