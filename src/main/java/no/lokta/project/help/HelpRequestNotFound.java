package no.lokta.project.help;

import no.lokta.platform.web.NotFound;

/** No such request for help, or not one the caller may see. */
public class HelpRequestNotFound extends NotFound {

    public HelpRequestNotFound() {
        super("help request");
    }
}
