package no.lokta.programme.certificate;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A certificate as PDF: the Thymeleaf template {@code programme/certificate} (well-formed XHTML)
 * rendered by openhtmltopdf.
 */
@Component
public class CertificatePdf {

    private final ITemplateEngine templates;

    CertificatePdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] render(Certificate certificate, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("c", certificate);
        String html = templates.process("programme/certificate", context);
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
