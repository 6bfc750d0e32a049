package no.lokta.programme.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AttendanceListTests {

    private static AttendanceList.Parsed csv(String text) {
        return AttendanceList.read("liste.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a@bardu.kommune.no\nB@Bardu.Kommune.no\n",
                "\uFEFFE-post;Navn\na@bardu.kommune.no;Anne\nb@bardu.kommune.no;Bjørn\n",
                "e-post,navn\r\na@bardu.kommune.no,Anne\r\n\r\n\"b@bardu.kommune.no\",\"Berg, Bjørn\"\r\n",
                "  a@bardu.kommune.no  \n\n b@bardu.kommune.no"
            })
    void readsAddressesWithOrWithoutHeaderBomAndEitherSeparator(String text) {
        AttendanceList.Parsed parsed = csv(text);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.lines())
                .extracting(AttendanceList.Line::email)
                .containsExactly("a@bardu.kommune.no", "b@bardu.kommune.no");
    }

    @Test
    void numbersLinesAsTheFileShowsThem() {
        AttendanceList.Parsed parsed = csv("e-post\na@bardu.kommune.no\nikke en adresse\n");
        assertThat(parsed.lines()).containsExactly(new AttendanceList.Line(2, "a@bardu.kommune.no"));
        assertThat(parsed.problems())
                .containsExactly(new AttendanceList.Problem(3, "attendance.import.notEmail", "ikke en adresse"));
    }

    @Test
    void anEmptyFileOrOneWithOnlyAHeaderIsRefused() {
        assertThat(AttendanceList.read("liste.csv", new byte[0]).problems())
                .extracting(AttendanceList.Problem::messageKey)
                .containsExactly("attendance.import.empty");
        assertThat(csv("\uFEFF\n\n").problems())
                .extracting(AttendanceList.Problem::messageKey)
                .containsExactly("attendance.import.empty");
        assertThat(csv("E-post\n").problems())
                .extracting(AttendanceList.Problem::messageKey)
                .containsExactly("attendance.import.empty");
    }

    @Test
    void aFileInAnotherEncodingIsRefused() {
        byte[] latin1 = "e-post\nbjørn@bardu.kommune.no\n".getBytes(StandardCharsets.ISO_8859_1);
        AttendanceList.Parsed parsed = AttendanceList.read("liste.csv", latin1);
        assertThat(parsed.lines()).isEmpty();
        assertThat(parsed.problems())
                .extracting(AttendanceList.Problem::messageKey)
                .containsExactly("attendance.import.encoding");
    }

    @Test
    void brokenQuotingIsRefused() {
        AttendanceList.Parsed parsed = csv("e-post\n\"a@bardu.kommune.no\nb@bardu.kommune.no\n");
        assertThat(parsed.lines()).isEmpty();
        assertThat(parsed.problems())
                .extracting(AttendanceList.Problem::messageKey)
                .containsExactly("attendance.import.quoting");
    }

    @Test
    void aFileNamedXlsxThatIsNoWorkbookIsRefused() {
        assertThat(AttendanceList.read("liste.xlsx", "a@bardu.kommune.no".getBytes(StandardCharsets.UTF_8))
                        .problems())
                .extracting(AttendanceList.Problem::messageKey)
                .containsExactly("attendance.import.notXlsx");
        // a zip file that is not a workbook
        byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3};
        assertThat(AttendanceList.read("liste.csv", zip).problems())
                .extracting(AttendanceList.Problem::messageKey)
                .containsExactly("attendance.import.notXlsx");
    }

    @Test
    void readsTheFirstColumnOfAWorkbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "Test", "1.0")) {
            Worksheet ws = wb.newWorksheet("Oppmøte");
            ws.value(0, 0, "E-post");
            ws.value(0, 1, "Navn");
            ws.value(1, 0, "A@bardu.kommune.no");
            ws.value(1, 1, "Anne");
            ws.value(3, 0, "b@bardu.kommune.no");
            ws.value(4, 0, 42);
        }
        AttendanceList.Parsed parsed = AttendanceList.read("oppmøte.xlsx", out.toByteArray());
        assertThat(parsed.lines())
                .containsExactly(
                        new AttendanceList.Line(2, "a@bardu.kommune.no"),
                        new AttendanceList.Line(4, "b@bardu.kommune.no"));
        assertThat(parsed.problems())
                .containsExactly(new AttendanceList.Problem(5, "attendance.import.notEmail", "42"));
    }

    @Test
    void aVeryLongFileIsRefused() {
        String text = "a@bardu.kommune.no\n".repeat(AttendanceList.MAX_LINES + 1);
        assertThat(csv(text).problems())
                .extracting(AttendanceList.Problem::messageKey)
                .containsExactly("attendance.import.tooLong");
    }
}
