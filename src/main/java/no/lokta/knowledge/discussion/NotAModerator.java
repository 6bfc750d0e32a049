package no.lokta.knowledge.discussion;

import org.springframework.security.access.AccessDeniedException;

/** Only the network's resource group and the coordinators moderate its discussion. */
public class NotAModerator extends AccessDeniedException {

    public NotAModerator() {
        super("resource group member or coordinator required");
    }
}
