package no.lokta.finance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Norway's 357 municipalities of 2024 with their population, read from the shipped migration. */
final class Municipalities2024 {

    private static final String SQL = "/db/migration/V3__member_reference_municipalities.sql";
    private static final Pattern ROW = Pattern.compile(
            "^\\('(\\d{4})','((?:[^']|'')*)',(?:null|'(?:[^']|'')*'),'\\d{2}','(?:[^']|'')*',(\\d+)\\)[,;]$",
            Pattern.MULTILINE);

    private Municipalities2024() {}

    /** Each municipality as a full-year member of 2024. */
    static List<CostShareCalculator.Member> asMembers() {
        Matcher m = ROW.matcher(text());
        return m.results()
                .map(r -> new CostShareCalculator.Member(
                        UUID.nameUUIDFromBytes(r.group(1).getBytes(StandardCharsets.UTF_8)),
                        r.group(2).replace("''", "'"),
                        r.group(1),
                        Integer.parseInt(r.group(3)),
                        366))
                .toList();
    }

    private static String text() {
        try (InputStream in = Objects.requireNonNull(Municipalities2024.class.getResourceAsStream(SQL), SQL)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
