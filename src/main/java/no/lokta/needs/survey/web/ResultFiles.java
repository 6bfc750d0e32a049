package no.lokta.needs.survey.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.lokta.needs.survey.SurveyResults;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A survey's results as a spreadsheet, one row per question, line and group, as the page shows
 * them: groups under the threshold are left out. CSV for Excel in Norway (semicolons, UTF-8 with a
 * byte-order mark) with the free texts as rows of their own; XLSX with the free texts on a sheet of
 * their own and a sheet saying what the figures are.
 */
@Component
class ResultFiles {

    private static final CSVFormat CSV = CSVFormat.Builder.create(CSVFormat.EXCEL)
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .get();

    private final MessageSource messages;

    ResultFiles(MessageSource messages) {
        this.messages = messages;
    }

    /** A row of figures: question, line, group and the numbers; sums only where numbers were given. */
    private record Figure(
            String question,
            String line,
            String group,
            int answered,
            int count,
            int percent,
            @Nullable BigDecimal sum,
            @Nullable BigDecimal mean,
            @Nullable BigDecimal least,
            @Nullable BigDecimal largest) {}

    private List<Figure> figures(SurveyResults r, Locale locale) {
        List<SurveyResults.Group> groups = new ArrayList<>();
        groups.add(r.total());
        groups.addAll(r.visibleGroups());
        List<Figure> out = new ArrayList<>();
        for (SurveyResults.QuestionResults q : r.questions()) {
            boolean numbers = q.question().kind() == no.lokta.needs.survey.QuestionKind.NUMBER
                    || q.question().kind() == no.lokta.needs.survey.QuestionKind.MATRIX;
            for (SurveyResults.Line l : q.lines()) {
                for (SurveyResults.Group g : groups) {
                    SurveyResults.Figures f = q.at(l.key(), g.key());
                    out.add(new Figure(
                            q.question().text(),
                            l.label(),
                            groupName(r, g, locale),
                            q.answered(g.key()),
                            f.count(),
                            q.percent(l.key(), g.key()),
                            numbers ? f.sum() : null,
                            numbers ? f.mean() : null,
                            numbers ? f.least() : null,
                            numbers ? f.largest() : null));
                }
            }
        }
        return out;
    }

    String groupName(SurveyResults r, SurveyResults.Group g, Locale locale) {
        if (g.key().equals(SurveyResults.TOTAL)) {
            return text("survey.results.all", locale);
        }
        if (g.label() != null) {
            return g.label();
        }
        return text(
                r.grouping().kind() == no.lokta.needs.survey.Grouping.Kind.MUNICIPALITY
                        ? "survey.progress.others"
                        : "survey.results.noAnswer",
                locale);
    }

    private List<String> headers(Locale locale) {
        return List.of(
                text("survey.results.file.question", locale),
                text("survey.results.file.line", locale),
                text("survey.results.file.group", locale),
                text("survey.results.answered", locale),
                text("survey.results.count", locale),
                text("survey.results.percent", locale),
                text("survey.results.sum", locale),
                text("survey.results.mean", locale),
                text("survey.results.least", locale),
                text("survey.results.largest", locale),
                text("survey.results.file.text", locale));
    }

    byte[] csv(SurveyResults r, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSV)) {
            writer.write('\uFEFF');
            csv.printRecord(headers(locale));
            for (Figure f : figures(r, locale)) {
                csv.printRecord(
                        f.question(),
                        f.line(),
                        f.group(),
                        f.answered(),
                        f.count(),
                        f.percent(),
                        plain(f.sum()),
                        plain(f.mean()),
                        plain(f.least()),
                        plain(f.largest()),
                        "");
            }
            for (SurveyResults.QuestionResults q : r.questions()) {
                for (String t : q.texts()) {
                    csv.printRecord(q.question().text(), "", "", "", "", "", "", "", "", "", t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    byte[] xlsx(SurveyResults r, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "Løkta", "1.0")) {
            Worksheet ws = wb.newWorksheet(text("survey.results.file.sheet", locale));
            List<String> headers = headers(locale).subList(0, 10);
            header(ws, headers);
            int row = 1;
            for (Figure f : figures(r, locale)) {
                ws.value(row, 0, f.question());
                ws.value(row, 1, f.line());
                ws.value(row, 2, f.group());
                ws.value(row, 3, f.answered());
                ws.value(row, 4, f.count());
                ws.value(row, 5, f.percent());
                number(ws, row, 6, f.sum());
                number(ws, row, 7, f.mean());
                number(ws, row, 8, f.least());
                number(ws, row, 9, f.largest());
                row++;
            }
            ws.width(0, 50);
            ws.width(1, 36);
            ws.width(2, 24);
            Worksheet texts = wb.newWorksheet(text("survey.results.file.texts", locale));
            header(
                    texts,
                    List.of(text("survey.results.file.question", locale), text("survey.results.file.text", locale)));
            row = 1;
            for (SurveyResults.QuestionResults q : r.questions()) {
                for (String t : q.texts()) {
                    texts.value(row, 0, q.question().text());
                    texts.value(row, 1, t);
                    row++;
                }
            }
            texts.width(0, 50);
            texts.width(1, 80);
            Worksheet about = wb.newWorksheet(text("survey.results.file.about", locale));
            about.value(0, 0, r.survey().title());
            about.style(0, 0).bold().set();
            about.value(1, 0, text("survey.results.responses", locale, r.total().responses()));
            about.value(2, 0, text("survey.results.threshold.note", locale, r.threshold()));
            about.width(0, 100);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void header(Worksheet ws, List<String> headers) {
        for (int c = 0; c < headers.size(); c++) {
            ws.value(0, c, headers.get(c));
            ws.style(0, c).bold().set();
        }
    }

    private static void number(Worksheet ws, int row, int column, @Nullable BigDecimal value) {
        if (value != null) {
            ws.value(row, column, value);
        }
    }

    private static String plain(@Nullable BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
