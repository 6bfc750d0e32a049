package no.lokta.knowledge.example;

import no.lokta.platform.web.NotFound;

/** No such example, or not one the caller may see (a draft, or another collaboration's). */
public class ExampleNotFound extends NotFound {

    public ExampleNotFound() {
        super("example");
    }
}
