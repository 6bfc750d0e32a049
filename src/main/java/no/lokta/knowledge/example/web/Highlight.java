package no.lokta.knowledge.example.web;

import no.lokta.knowledge.example.ExampleHit;
import org.springframework.web.util.HtmlUtils;

/** A search passage as safe HTML: the text escaped, the words found in {@code <mark>}. */
final class Highlight {

    private Highlight() {}

    static String html(String headline) {
        return HtmlUtils.htmlEscape(headline, "UTF-8")
                .replace(ExampleHit.MARK_START, "<mark>")
                .replace(ExampleHit.MARK_END, "</mark>");
    }
}
