package no.lokta.knowledge.news;

import no.lokta.platform.web.NotFound;

/** No such news item or subscription, or not one the caller may see. */
public class NewsNotFound extends NotFound {

    public NewsNotFound() {
        super("news");
    }
}
