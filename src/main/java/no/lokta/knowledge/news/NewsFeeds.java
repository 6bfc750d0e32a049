package no.lokta.knowledge.news;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * RSS 2.0 and Atom 1.0 feeds of published news, written with the JDK's XML writer (which escapes
 * the text). Dates: RFC 822 in RSS, RFC 3339 in Atom, both in UTC.
 */
public final class NewsFeeds {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    /** The feed's collaboration, its page and the address of the feed itself. */
    public record Channel(String title, String description, String pageUrl, String feedUrl, String itemBaseUrl) {}

    private NewsFeeds() {}

    public static String rss(Channel channel, List<NewsSummary> items) {
        return write(w -> {
            w.writeStartElement("rss");
            w.writeAttribute("version", "2.0");
            w.writeNamespace("atom", ATOM);
            w.writeStartElement("channel");
            text(w, "title", channel.title());
            text(w, "link", channel.pageUrl());
            text(w, "description", channel.description());
            text(w, "language", "nb");
            w.writeStartElement("atom", "link", ATOM);
            w.writeAttribute("href", channel.feedUrl());
            w.writeAttribute("rel", "self");
            w.writeAttribute("type", "application/rss+xml");
            w.writeEndElement();
            if (!items.isEmpty()) {
                text(w, "lastBuildDate", rfc822(items.getFirst().publishedAtOrCreated()));
            }
            for (NewsSummary n : items) {
                String link = channel.itemBaseUrl() + n.id();
                w.writeStartElement("item");
                text(w, "title", n.title());
                text(w, "link", link);
                w.writeStartElement("guid");
                w.writeAttribute("isPermaLink", "true");
                w.writeCharacters(link);
                w.writeEndElement();
                text(w, "pubDate", rfc822(n.publishedAtOrCreated()));
                for (String tag : n.tags()) {
                    text(w, "category", tag);
                }
                text(w, "description", n.html());
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    public static String atom(Channel channel, List<NewsSummary> items) {
        return write(w -> {
            w.writeStartElement("feed");
            w.writeDefaultNamespace(ATOM);
            text(w, "title", channel.title());
            text(w, "subtitle", channel.description());
            text(w, "id", channel.feedUrl());
            link(w, channel.feedUrl(), "self");
            link(w, channel.pageUrl(), "alternate");
            text(
                    w,
                    "updated",
                    rfc3339(
                            items.isEmpty()
                                    ? OffsetDateTime.parse("2000-01-01T00:00:00Z")
                                    : items.getFirst().publishedAtOrCreated()));
            w.writeStartElement("author");
            text(w, "name", channel.title());
            w.writeEndElement();
            for (NewsSummary n : items) {
                String link = channel.itemBaseUrl() + n.id();
                w.writeStartElement("entry");
                text(w, "title", n.title());
                text(w, "id", "urn:uuid:" + n.id());
                link(w, link, "alternate");
                text(w, "published", rfc3339(n.publishedAtOrCreated()));
                text(w, "updated", rfc3339(n.publishedAtOrCreated()));
                for (String tag : n.tags()) {
                    w.writeStartElement("category");
                    w.writeAttribute("term", tag);
                    w.writeEndElement();
                }
                w.writeStartElement("summary");
                w.writeCharacters(clean(n.lead()));
                w.writeEndElement();
                w.writeStartElement("content");
                w.writeAttribute("type", "html");
                w.writeCharacters(clean(n.html()));
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter w, String element, String value) throws XMLStreamException {
        w.writeStartElement(element);
        w.writeCharacters(clean(value));
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String href, String rel) throws XMLStreamException {
        w.writeStartElement("link");
        w.writeAttribute("href", href);
        w.writeAttribute("rel", rel);
        w.writeEndElement();
    }

    /** XML 1.0 has no place for most control characters; they are left out. */
    private static String clean(String s) {
        return s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }

    static String rfc822(OffsetDateTime t) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(t.withOffsetSameInstant(ZoneOffset.UTC));
    }

    static String rfc3339(OffsetDateTime t) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                t.withOffsetSameInstant(ZoneOffset.UTC).withNano(0));
    }
}
