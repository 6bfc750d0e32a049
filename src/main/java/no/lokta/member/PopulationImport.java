package no.lokta.member;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * Reads population figures as {@code kommunenummer;år;innbyggere}, one row a municipality and year.
 * A header row is optional. Every row is checked; the report lists each problem with its line.
 */
@Component
public class PopulationImport {

    static final int MAX_ROWS = 100_000;

    /** A row ready to be stored. */
    public record Row(int line, UUID organisationId, String municipalityNumber, int year, int population) {}

    /** A problem on a line (0: the file as a whole), as a message key with arguments. */
    public record Problem(long line, String messageKey, List<String> args) {}

    public record Report(List<Row> rows, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty() && !rows.isEmpty();
        }
    }

    Report parse(Reader input, List<Organisation> municipalities) {
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(input, format)) {
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber();
                if (line > MAX_ROWS) {
                    problems.add(new Problem(line, "population.import.tooManyRows", List.of(String.valueOf(MAX_ROWS))));
                    break;
                }
                String first = stripBom(record.get(0));
                if (line == 1 && first.equalsIgnoreCase("kommunenummer")) {
                    continue;
                }
                if (record.size() != 3) {
                    problems.add(
                            new Problem(line, "population.import.columns", List.of(String.valueOf(record.size()))));
                    continue;
                }
                String number = first;
                String yearText = record.get(1);
                String peopleText = record.get(2).replace(" ", "").replace("\u00a0", "");
                boolean rowOk = true;
                Organisation org = null;
                if (!number.matches("\\d{4}")) {
                    problems.add(new Problem(line, "population.import.number", List.of(number)));
                    rowOk = false;
                } else {
                    org = municipalities.stream()
                            .filter(o -> o.answersTo(number))
                            .findFirst()
                            .orElse(null);
                    if (org == null) {
                        problems.add(new Problem(line, "population.import.unknownMunicipality", List.of(number)));
                        rowOk = false;
                    }
                }
                int year = parseInt(yearText);
                if (year < 1838 || year > Year.now().getValue() + 1) {
                    problems.add(new Problem(line, "population.import.year", List.of(yearText)));
                    rowOk = false;
                }
                int people = parseInt(peopleText);
                if (people < 0) {
                    problems.add(new Problem(line, "population.import.population", List.of(record.get(2))));
                    rowOk = false;
                }
                if (rowOk && org != null) {
                    if (!seen.add(org.id() + "/" + year)) {
                        problems.add(new Problem(line, "population.import.duplicate", List.of(number, yearText)));
                    } else {
                        rows.add(new Row((int) line, org.id(), number, year, people));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // commons-csv wraps read errors; a file in the wrong encoding deserves its own message
            String key = causedByEncoding(e) ? "population.import.encoding" : "population.import.unreadable";
            problems.add(new Problem(0, key, List.of()));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(0, "population.import.empty", List.of()));
        }
        return new Report(problems.isEmpty() ? List.copyOf(rows) : List.of(), List.copyOf(problems));
    }

    private static boolean causedByEncoding(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    private static String stripBom(String s) {
        return s.startsWith("\ufeff") ? s.substring(1).strip() : s;
    }

    /** A non-negative whole number, or -1. */
    private static int parseInt(String s) {
        if (!s.matches("\\d{1,9}")) {
            return -1;
        }
        return Integer.parseInt(s);
    }
}
