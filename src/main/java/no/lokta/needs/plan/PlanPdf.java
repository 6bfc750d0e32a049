package no.lokta.needs.plan;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** A competence plan as PDF: the template {@code needs/plan/pdf} (well-formed XHTML) rendered by openhtmltopdf. */
@Component
public class PlanPdf {

    private final ITemplateEngine templates;

    PlanPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The plan, with the progress of its measures linked to an activity (by activity id). */
    public byte[] render(
            CompetencePlan plan, Map<UUID, MeasureProgress> progress, String collaborationName, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("plan", plan);
        context.setVariable("progress", progress);
        context.setVariable("collaborationName", collaborationName);
        String html = templates.process("needs/plan/pdf", context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .withHtmlContent(html, null)
                    .toStream(out)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
