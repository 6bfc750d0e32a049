package no.lokta.finance.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import no.lokta.finance.Allocation;
import no.lokta.finance.AllocationLine;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The allocation as a spreadsheet: CSV for Excel in Norway (semicolons, UTF-8 with a byte-order
 * mark) and XLSX. Amounts are plain whole numbers so that the spreadsheet can add them up.
 */
@Component
class CostShareFiles {

    private static final CSVFormat CSV = CSVFormat.Builder.create(CSVFormat.EXCEL)
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .get();

    private static final String AMOUNT = "#,##0";

    private final MessageSource messages;

    CostShareFiles(MessageSource messages) {
        this.messages = messages;
    }

    /** The file name without extension, in the reader's language. */
    String baseName(Allocation a, Locale locale) {
        return messages.getMessage("costShare.file.name", new Object[] {String.valueOf(a.year())}, locale);
    }

    /** The invoice basis's file name without extension: year and municipality number, no spaces. */
    String invoiceName(Allocation a, AllocationLine line, Locale locale) {
        return messages.getMessage(
                "costShare.file.invoice", new Object[] {String.valueOf(a.year()), line.municipalityNumber()}, locale);
    }

    byte[] csv(Allocation a, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSV)) {
            writer.write('\uFEFF');
            csv.printRecord(headers(a, locale));
            for (AllocationLine l : a.lines()) {
                csv.printRecord(
                        l.municipalityNumber(),
                        l.name(),
                        l.population(),
                        l.days(),
                        l.equalPart(),
                        l.populationPart(),
                        l.total());
            }
            csv.printRecord(
                    "",
                    text("costShare.total", locale),
                    "",
                    a.totalDays(),
                    a.equalPool(),
                    a.populationPool(),
                    a.total());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    byte[] xlsx(Allocation a, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "Løkta", "1.0")) {
            Worksheet ws = wb.newWorksheet(text("costShare.file.sheet", locale, String.valueOf(a.year())));
            List<String> headers = headers(a, locale);
            for (int c = 0; c < headers.size(); c++) {
                ws.value(0, c, headers.get(c));
                ws.style(0, c).bold().set();
            }
            int r = 1;
            for (AllocationLine l : a.lines()) {
                ws.value(r, 0, l.municipalityNumber());
                ws.value(r, 1, l.name());
                numbers(ws, r, false, l.population(), l.days(), l.equalPart(), l.populationPart(), l.total());
                r++;
            }
            ws.value(r, 1, text("costShare.total", locale));
            ws.style(r, 1).bold().set();
            numbers(ws, r, true, null, a.totalDays(), a.equalPool(), a.populationPool(), a.total());
            r += 2;
            ws.value(r, 1, text("costShare.budget", locale));
            ws.value(r, 6, a.budget());
            ws.style(r, 6).format(AMOUNT).set();
            ws.value(r + 1, 1, text("costShare.rule.equal", locale));
            ws.value(r + 1, 6, a.rule().equalSharePercent());
            ws.value(r + 2, 1, text("costShare.rule.population", locale));
            ws.value(r + 2, 6, a.rule().populationSharePercent());
            ws.value(r + 3, 1, text("costShare.rule.basis", locale));
            ws.value(r + 3, 6, text(a.rule().populationBasis().messageKey(), locale));
            ws.value(r + 4, 1, text("costShare.file.daysInYear", locale));
            ws.value(r + 4, 6, a.daysInYear());
            ws.width(1, 32);
            for (int c = 2; c < headers.size(); c++) {
                ws.width(c, 18);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Columns 2 to 6 of a row: population, days, equal part, population part, total. */
    private static void numbers(Worksheet ws, int row, boolean bold, @Nullable Number... values) {
        for (int i = 0; i < values.length; i++) {
            Number value = values[i];
            if (value != null) {
                ws.value(row, 2 + i, value);
                var style = ws.style(row, 2 + i).format(AMOUNT);
                (bold ? style.bold() : style).set();
            }
        }
    }

    private List<String> headers(Allocation a, Locale locale) {
        return List.of(
                text("costShare.file.number", locale),
                text("costShare.col.name", locale),
                text("costShare.col.population", locale, String.valueOf(a.populationYear())),
                text("costShare.col.days", locale),
                text("costShare.col.equal", locale),
                text("costShare.col.populationPart", locale),
                text("costShare.col.total", locale));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
