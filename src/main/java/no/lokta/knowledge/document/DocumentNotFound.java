package no.lokta.knowledge.document;

import no.lokta.platform.web.NotFound;

/** No such document or version, or not one the caller may see. */
public class DocumentNotFound extends NotFound {

    public DocumentNotFound() {
        super("document");
    }
}
