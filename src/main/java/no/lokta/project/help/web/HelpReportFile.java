package no.lokta.project.help.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import no.lokta.project.help.HelpReport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The yearly report as CSV for Excel in Norway: semicolons, UTF-8 with a byte-order mark, hours
 * with the reader's decimal sign.
 */
@Component
class HelpReportFile {

    private static final CSVFormat CSV = CSVFormat.Builder.create(CSVFormat.EXCEL)
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .get();

    private final MessageSource messages;

    HelpReportFile(MessageSource messages) {
        this.messages = messages;
    }

    String name(HelpReport r, Locale locale) {
        return messages.getMessage("help.report.file", new Object[] {String.valueOf(r.year())}, locale) + ".csv";
    }

    byte[] csv(HelpReport r, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSV)) {
            writer.write('\uFEFF');
            csv.printRecord(
                    text("help.report.member", locale),
                    text("help.report.requests", locale),
                    text("help.report.done", locale),
                    text("help.report.hours", locale));
            for (HelpReport.Row row : r.rows()) {
                csv.printRecord(row.name(), row.requests(), row.done(), hours(row.hours(), locale));
            }
            csv.printRecord(text("help.report.total", locale), r.requests(), r.done(), hours(r.hours(), locale));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String hours(BigDecimal hours, Locale locale) {
        String plain = hours.setScale(2, RoundingMode.HALF_UP).toPlainString();
        return "en".equals(locale.getLanguage()) ? plain : plain.replace('.', ',');
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
