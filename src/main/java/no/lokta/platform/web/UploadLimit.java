package no.lokta.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * Refuses an upload larger than the multipart limit before anything reads the form, with a short page
 * (413) that says so. Left to the container, the upload fails while the security filters read the
 * CSRF field, and the person sees a broken or generic error page. The page is written here because an
 * error dispatch would go through those same filters and fail the same way.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimit extends OncePerRequestFilter {

    private final long limit;
    private final MessageSource messages;
    private final LocaleResolver locales;

    UploadLimit(
            @Value("${spring.servlet.multipart.max-request-size}") DataSize limit,
            MessageSource messages,
            LocaleResolver locales) {
        this.limit = limit.toBytes();
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                || request.getContentLengthLong() <= limit) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = locales.resolveLocale(request);
        String title = HtmlUtils.htmlEscape(messages.getMessage("error.413.title", null, locale), "UTF-8");
        String text = HtmlUtils.htmlEscape(messages.getMessage("error.413.text", null, locale), "UTF-8");
        String home = HtmlUtils.htmlEscape(messages.getMessage("error.home", null, locale), "UTF-8");
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream()
                .write(("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                                + "<title>" + title + "</title><link rel=\"stylesheet\" href=\"/css/lokta.css\">"
                                + "</head><body><main id=\"main\" class=\"page\"><h1>" + title + "</h1><p>" + text
                                + "</p><p><a href=\"/\">" + home + "</a></p></main></body></html>")
                        .getBytes(StandardCharsets.UTF_8));
    }
}
