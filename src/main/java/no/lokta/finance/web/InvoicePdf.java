package no.lokta.finance.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import no.lokta.finance.Allocation;
import no.lokta.finance.AllocationLine;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * One member's invoice basis (fakturagrunnlag) as PDF: the Thymeleaf template
 * {@code finance/invoice} (well-formed XHTML) rendered by openhtmltopdf.
 */
@Component
class InvoicePdf {

    private final ITemplateEngine templates;

    InvoicePdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(String collaborationName, Allocation allocation, AllocationLine line, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("collaborationName", collaborationName);
        context.setVariable("allocation", allocation);
        context.setVariable("line", line);
        context.setVariable("today", LocalDate.now(CostShareController.ZONE));
        String html = templates.process("finance/invoice", context);
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
