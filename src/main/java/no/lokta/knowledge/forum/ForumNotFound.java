package no.lokta.knowledge.forum;

import no.lokta.platform.web.NotFound;

/** No such forum, group, member, meeting or decision, or not one the caller may see. */
public class ForumNotFound extends NotFound {

    public ForumNotFound() {
        super("forum");
    }
}
