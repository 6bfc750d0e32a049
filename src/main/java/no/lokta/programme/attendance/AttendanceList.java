package no.lokta.programme.attendance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * An uploaded list of those who came: a CSV file (UTF-8, with or without a byte-order mark,
 * semicolons or commas, an optional header) or an XLSX workbook, e-mail addresses in the first
 * column. Reading never throws: what cannot be read becomes a problem with its line number.
 */
public final class AttendanceList {

    /** An e-mail address read from a line (numbered from 1, as a spreadsheet shows it). */
    public record Line(int number, String email) {}

    /** What is wrong, on which line (0: the file as a whole); {@code value} is what was read. */
    public record Problem(int line, String messageKey, String value) {}

    public record Parsed(List<Line> lines, List<Problem> problems) {

        static Parsed failed(String messageKey) {
            return new Parsed(List.of(), List.of(new Problem(0, messageKey, "")));
        }
    }

    static final int MAX_LINES = 5000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s;,]+@[^@\\s;,]+\\.[^@\\s;,]+");
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private AttendanceList() {}

    /** Reads the file as XLSX when its name or its first bytes say so, else as CSV. */
    public static Parsed read(String fileName, byte[] content) {
        if (content.length == 0) {
            return Parsed.failed("attendance.import.empty");
        }
        boolean zip = content.length >= 4
                && content[0] == ZIP[0]
                && content[1] == ZIP[1]
                && content[2] == ZIP[2]
                && content[3] == ZIP[3];
        if (zip || fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return xlsx(content);
        }
        return csv(content);
    }

    static Parsed csv(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            return Parsed.failed("attendance.import.encoding");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return Parsed.failed("attendance.import.empty");
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.indexOf(';') >= 0 || firstLine.indexOf(',') < 0 ? ';' : ',';
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.DEFAULT)
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get();
        List<String> firstCells = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (firstCells.size() >= MAX_LINES) {
                    return Parsed.failed("attendance.import.tooLong");
                }
                firstCells.add(record.size() == 0 ? "" : record.get(0));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // commons-csv reports an unclosed quote as an IOException, sometimes wrapped
            return Parsed.failed("attendance.import.quoting");
        }
        return lines(firstCells);
    }

    static Parsed xlsx(byte[] content) {
        List<String> firstCells = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            Optional<Sheet> sheet = workbook.getSheets().findFirst();
            if (sheet.isEmpty()) {
                return Parsed.failed("attendance.import.empty");
            }
            for (Row row : sheet.get().read()) {
                while (firstCells.size() < row.getRowNum() - 1) {
                    firstCells.add(""); // rows the workbook leaves out are empty
                }
                if (firstCells.size() >= MAX_LINES) {
                    return Parsed.failed("attendance.import.tooLong");
                }
                String text = row.getOptionalCell(0).map(Cell::getText).orElse(null);
                firstCells.add(text == null ? "" : text);
            }
        } catch (IOException | RuntimeException e) {
            // fastexcel throws both checked and unchecked exceptions for a file that is no workbook
            return Parsed.failed("attendance.import.notXlsx");
        }
        return lines(firstCells);
    }

    /** E-mails from the first cells; a first line without an address is a header. */
    private static Parsed lines(List<String> firstCells) {
        List<Line> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < firstCells.size(); i++) {
            String cell = firstCells.get(i).strip();
            if (cell.isEmpty() || (i == 0 && !cell.contains("@"))) {
                continue;
            }
            String email = cell.toLowerCase(Locale.ROOT);
            if (EMAIL.matcher(email).matches()) {
                lines.add(new Line(i + 1, email));
            } else {
                problems.add(new Problem(i + 1, "attendance.import.notEmail", abbreviated(cell)));
            }
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(0, "attendance.import.empty", ""));
        }
        return new Parsed(List.copyOf(lines), List.copyOf(problems));
    }

    private static String abbreviated(String value) {
        return value.length() > 80 ? value.substring(0, 80) + "…" : value;
    }
}
