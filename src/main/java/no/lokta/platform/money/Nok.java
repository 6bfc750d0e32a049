package no.lokta.platform.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;

/** An amount of Norwegian kroner, exact to the øre. */
public record Nok(long ore) implements Comparable<Nok> {

    /** More than any order of ours: keeps sums far from overflow. */
    public static final long MAX_ORE = 100_000_000_000L;

    /** What {@link #parse} may read, for checking a form field before it is bound. */
    public static final String PATTERN =
            "\\s*(?i:kr\\.?)?[\\s\\u00a0\\u202f]*\\d[\\d\\s\\u00a0\\u202f]{0,20}([.,]\\d{1,2})?\\s*(?i:kr|nok)?\\s*";

    public Nok {
        if (ore < 0 || ore > MAX_ORE) {
            throw new IllegalArgumentException("out of range: " + ore);
        }
    }

    public static Nok kroner(long kroner) {
        return new Nok(Math.multiplyExact(kroner, 100));
    }

    /**
     * Reads an amount as people type it: "12 500", "12500,50", "12 500.5", "kr 1 000"; empty, a
     * negative, more than two decimals or anything else than digits is none.
     */
    public static Optional<Nok> parse(String text) {
        String s = text.strip()
                .replaceFirst("(?i)^kr\\.?\\s*", "")
                .replaceFirst("(?i)\\s*(kr|nok)$", "")
                .replaceAll("[\\s\\u00a0\\u202f]", "");
        if (!s.matches("\\d{1,12}([.,]\\d{1,2})?")) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(s.replace(',', '.')).setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal ore = value.movePointRight(2);
        if (ore.compareTo(BigDecimal.valueOf(MAX_ORE)) > 0) {
            return Optional.empty();
        }
        return Optional.of(new Nok(ore.longValueExact()));
    }

    public BigDecimal amount() {
        return BigDecimal.valueOf(ore, 2);
    }

    /** As Norwegians write it: "12 500,50", or "12 500" for whole kroner. */
    public String format() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nb"));
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        DecimalFormat f = new DecimalFormat(ore % 100 == 0 ? "#,##0" : "#,##0.00", symbols);
        return f.format(amount());
    }

    /** As typed into a form field. */
    public String input() {
        return ore % 100 == 0
                ? Long.toString(ore / 100)
                : amount().toPlainString().replace('.', ',');
    }

    @Override
    public int compareTo(Nok other) {
        return Long.compare(ore, other.ore);
    }

    @Override
    public String toString() {
        return amount().toPlainString();
    }
}
