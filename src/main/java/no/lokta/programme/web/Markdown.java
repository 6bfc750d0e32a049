package no.lokta.programme.web;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Activity descriptions are written in Markdown. The HTML made from them is cleaned by an allow
 * list: no scripts, no event handlers, no styles, links only to http, https and mailto and always
 * with {@code rel="nofollow noopener"}. Headings become level 3, under the page's own.
 */
final class Markdown {

    private static final Parser PARSER = Parser.builder().build();

    // raw HTML in the text is shown as text, and the policy below removes anything that slips by
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "em", "ul", "ol", "li", "blockquote", "code", "pre", "hr", "h3", "h4")
            .allowElements((name, attributes) -> "h3", "h1", "h2")
            .allowElements((name, attributes) -> "h4", "h5", "h6")
            .allowElements("a")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href")
            .onElements("a")
            .requireRelsOnLinks("nofollow", "noopener")
            .toFactory();

    private Markdown() {}

    /** Safe HTML for the Markdown text. */
    static String html(String markdown) {
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }
}
