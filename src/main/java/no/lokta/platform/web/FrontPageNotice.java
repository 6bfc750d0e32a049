package no.lokta.platform.web;

import java.util.List;
import no.lokta.platform.security.CollaborationAccess;

/**
 * Something a module wants the signed-in person to see first on the front page (an overdue report,
 * say). Modules provide beans of this type; the platform knows none of them.
 */
public interface FrontPageNotice {

    /** A notice: the message key with its arguments, and where it leads. */
    record Notice(String messageKey, List<Object> args, String href) {}

    /** The notices for a person working in this collaboration now; usually none. */
    List<Notice> noticesFor(CollaborationAccess access);
}
