package no.lokta.knowledge.news;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * News is written in Markdown. The HTML made from it is cleaned by an allow list: no scripts, no
 * event handlers, no styles, links only to http, https and mailto and always with {@code
 * rel="nofollow noopener"}. Headings become level 2 and 3, under the page's own.
 */
public final class NewsMarkdown {

    private static final Parser PARSER = Parser.builder().build();

    // raw HTML in the text is shown as text, and the policy below removes anything that slips by
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private static final TextContentRenderer TEXT =
            TextContentRenderer.builder().build();

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "em", "ul", "ol", "li", "blockquote", "code", "pre", "hr", "h2", "h3")
            .allowElements((name, attributes) -> "h2", "h1")
            .allowElements((name, attributes) -> "h3", "h4", "h5", "h6")
            .allowElements("a")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href")
            .onElements("a")
            .requireRelsOnLinks("nofollow", "noopener")
            .toFactory();

    private NewsMarkdown() {}

    /** Safe HTML for the Markdown text. */
    public static String html(String markdown) {
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }

    /** The text without its Markdown, for mails and feeds. */
    public static String plain(String markdown) {
        return TEXT.render(PARSER.parse(markdown)).strip();
    }

    /** The first paragraph of the plain text, at most {@code max} characters. */
    static String lead(String markdown, int max) {
        String plain = plain(markdown);
        int end = plain.indexOf('\n');
        String first = (end < 0 ? plain : plain.substring(0, end)).strip();
        return first.length() <= max ? first : first.substring(0, max - 1).strip() + "…";
    }
}
