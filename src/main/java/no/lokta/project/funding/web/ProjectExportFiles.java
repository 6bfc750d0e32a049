package no.lokta.project.funding.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import no.lokta.platform.money.Nok;
import no.lokta.project.funding.ApplicationSummary;
import no.lokta.project.funding.FundingLineSummary;
import no.lokta.project.funding.FundingPlan;
import no.lokta.project.funding.Portfolio;
import no.lokta.project.funding.ReportingDutySummary;
import no.lokta.project.work.ProjectSummary;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The projects and their money as files for a spreadsheet: XLSX with a sheet each for the projects,
 * the funding lines, the applications and the reporting duties; CSV with the funding lines, for
 * Excel in Norway (semicolons, UTF-8 with a byte-order mark, the reader's decimal sign). Amounts are
 * kroner, as numbers a spreadsheet can add up.
 */
@Component
class ProjectExportFiles {

    /** Everything the files hold, read once. */
    record Export(
            Portfolio portfolio,
            List<Line> lines,
            List<ApplicationSummary> applications,
            List<ReportingDutySummary> duties,
            LocalDate today) {}

    /** A funding line with the name of its project. */
    record Line(String project, FundingLineSummary line) {}

    private static final CSVFormat CSV = CSVFormat.Builder.create(CSVFormat.EXCEL)
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .get();

    private static final String AMOUNT = "#,##0.00";
    private static final String HOURS = "#,##0.0";
    private static final String DATE = "dd.mm.yyyy";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MessageSource messages;

    ProjectExportFiles(MessageSource messages) {
        this.messages = messages;
    }

    /** The file name without extension, in the reader's language. */
    String baseName(Locale locale) {
        return text("export.file", locale);
    }

    /** The funding lines of every project. */
    byte[] csv(Export e, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSV)) {
            writer.write('\uFEFF');
            csv.printRecord(lineHeaders(locale));
            for (Line l : e.lines()) {
                FundingLineSummary f = l.line();
                csv.printRecord(
                        l.project(),
                        f.year(),
                        text(f.kind().messageKey(), locale),
                        f.source(),
                        f.description(),
                        f.hours() == null ? "" : decimal(f.hours(), locale),
                        f.rate() == null ? "" : kroner(f.rate(), locale),
                        kroner(f.planned(), locale),
                        f.actual() == null ? "" : kroner(f.actual(), locale));
            }
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        return out.toByteArray();
    }

    byte[] xlsx(Export e, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "Løkta", "1.0")) {
            projects(wb.newWorksheet(text("export.sheet.projects", locale)), e, locale);
            lines(wb.newWorksheet(text("export.sheet.funding", locale)), e, locale);
            applications(wb.newWorksheet(text("export.sheet.applications", locale)), e, locale);
            duties(wb.newWorksheet(text("export.sheet.duties", locale)), e, locale);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        return out.toByteArray();
    }

    private void projects(Worksheet ws, Export e, Locale locale) {
        header(
                ws,
                List.of(
                        text("export.project", locale),
                        text("export.phase", locale),
                        text("export.period", locale),
                        text("export.owner", locale),
                        text("export.participants", locale),
                        text("export.grants", locale),
                        text("export.own", locale),
                        text("export.other", locale),
                        text("export.total", locale),
                        text("export.matching", locale)));
        int r = 1;
        for (Portfolio.Entry entry : e.portfolio().projects()) {
            ProjectSummary p = entry.project();
            FundingPlan plan = entry.plan();
            ws.value(r, 0, p.name());
            ws.value(r, 1, text(p.phase().messageKey(), locale));
            ws.value(r, 2, period(p));
            String owner = p.ownerName();
            ws.value(r, 3, owner == null ? text("export.owner.collaboration", locale) : owner);
            ws.value(
                    r,
                    4,
                    p.participants().stream().map(ProjectSummary.Party::name).collect(Collectors.joining(", ")));
            amount(ws, r, 5, plan.grants());
            amount(ws, r, 6, plan.own());
            amount(ws, r, 7, plan.other());
            amount(ws, r, 8, plan.total());
            ws.value(r, 9, matching(plan, locale));
            r++;
        }
        ws.width(0, 48);
        ws.width(2, 24);
        ws.width(3, 24);
        ws.width(4, 48);
        for (int c = 5; c <= 8; c++) {
            ws.width(c, 16);
        }
        ws.width(9, 24);
    }

    private void lines(Worksheet ws, Export e, Locale locale) {
        header(ws, lineHeaders(locale));
        int r = 1;
        for (Line l : e.lines()) {
            FundingLineSummary f = l.line();
            ws.value(r, 0, l.project());
            ws.value(r, 1, f.year());
            ws.value(r, 2, text(f.kind().messageKey(), locale));
            ws.value(r, 3, f.source());
            ws.value(r, 4, f.description());
            BigDecimal hours = f.hours();
            if (hours != null) {
                ws.value(r, 5, hours);
                ws.style(r, 5).format(HOURS).set();
            }
            amount(ws, r, 6, f.rate());
            amount(ws, r, 7, f.planned());
            amount(ws, r, 8, f.actual());
            r++;
        }
        ws.width(0, 48);
        ws.width(2, 24);
        ws.width(3, 32);
        ws.width(4, 40);
        for (int c = 5; c <= 8; c++) {
            ws.width(c, 16);
        }
    }

    private void applications(Worksheet ws, Export e, Locale locale) {
        header(
                ws,
                List.of(
                        text("export.project", locale),
                        text("export.funder", locale),
                        text("export.scheme", locale),
                        text("export.year", locale),
                        text("export.applied", locale),
                        text("export.deadline", locale),
                        text("export.status", locale),
                        text("export.submittedOn", locale),
                        text("export.granted", locale),
                        text("export.grantedOn", locale)));
        int r = 1;
        for (ApplicationSummary a : e.applications()) {
            ws.value(r, 0, a.projectName());
            ws.value(r, 1, a.funderName());
            ws.value(r, 2, a.scheme());
            ws.value(r, 3, a.year());
            amount(ws, r, 4, a.applied());
            date(ws, r, 5, a.deadline());
            ws.value(r, 6, text(a.status().messageKey(), locale));
            date(ws, r, 7, a.submittedOn());
            amount(ws, r, 8, a.granted());
            date(ws, r, 9, a.grantedOn());
            r++;
        }
        ws.width(0, 48);
        ws.width(1, 32);
        ws.width(2, 32);
        for (int c = 4; c <= 9; c++) {
            ws.width(c, 16);
        }
    }

    private void duties(Worksheet ws, Export e, Locale locale) {
        header(
                ws,
                List.of(
                        text("export.project", locale),
                        text("export.what", locale),
                        text("export.recipient", locale),
                        text("export.dueOn", locale),
                        text("export.state", locale),
                        text("export.reportedOn", locale)));
        int r = 1;
        for (ReportingDutySummary d : e.duties()) {
            ws.value(r, 0, d.projectName());
            ws.value(r, 1, d.what());
            ws.value(r, 2, d.recipient());
            date(ws, r, 3, d.dueOn());
            ws.value(r, 4, state(d, e.today(), locale));
            date(ws, r, 5, d.submittedOn());
            r++;
        }
        ws.width(0, 48);
        ws.width(1, 40);
        ws.width(2, 32);
        ws.width(3, 14);
        ws.width(4, 20);
        ws.width(5, 14);
    }

    private List<String> lineHeaders(Locale locale) {
        return List.of(
                text("export.project", locale),
                text("export.year", locale),
                text("export.kind", locale),
                text("export.source", locale),
                text("export.description", locale),
                text("export.hours", locale),
                text("export.rate", locale),
                text("export.planned", locale),
                text("export.actual", locale));
    }

    private String matching(FundingPlan plan, Locale locale) {
        if (!plan.unmatched().isEmpty()) {
            String years =
                    plan.unmatched().stream().map(y -> String.valueOf(y.year())).collect(Collectors.joining(", "));
            return text("export.matching.unmet", locale, years);
        }
        return text(plan.matchingShare() == null ? "export.matching.none" : "export.matching.met", locale);
    }

    private String state(ReportingDutySummary d, LocalDate today, Locale locale) {
        if (d.submittedOn() != null) {
            return text("export.duty.reported", locale);
        }
        return text(d.overdue(today) ? "export.duty.overdue" : "export.duty.open", locale);
    }

    private static String period(ProjectSummary p) {
        LocalDate ends = p.endsOn();
        return p.startsOn().format(DAY) + " – " + (ends == null ? "" : ends.format(DAY));
    }

    private static void header(Worksheet ws, List<String> headers) {
        for (int c = 0; c < headers.size(); c++) {
            ws.value(0, c, headers.get(c));
            ws.style(0, c).bold().set();
        }
        ws.freezePane(0, 1);
    }

    private static void amount(Worksheet ws, int r, int c, @Nullable Nok nok) {
        if (nok != null) {
            ws.value(r, c, nok.amount());
            ws.style(r, c).format(AMOUNT).set();
        }
    }

    private static void date(Worksheet ws, int r, int c, @Nullable LocalDate date) {
        if (date != null) {
            ws.value(r, c, date);
            ws.style(r, c).format(DATE).set();
        }
    }

    /** Kroner as a plain number with the reader's decimal sign: "1600000", "12,50" (nb), "12.50" (en). */
    static String kroner(Nok nok, Locale locale) {
        return nok.ore() % 100 == 0
                ? Long.toString(nok.ore() / 100)
                : sign(nok.amount().toPlainString(), locale);
    }

    /** A number without trailing zeros, with the reader's decimal sign: "800", "120,5" (nb). */
    static String decimal(BigDecimal value, Locale locale) {
        return sign(value.stripTrailingZeros().toPlainString(), locale);
    }

    private static String sign(String plain, Locale locale) {
        return "en".equals(locale.getLanguage()) ? plain : plain.replace('.', ',');
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
