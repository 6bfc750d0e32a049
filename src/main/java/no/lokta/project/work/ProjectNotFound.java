package no.lokta.project.work;

import no.lokta.platform.web.NotFound;

/** No such project or part of one, or not one the caller may see. */
public class ProjectNotFound extends NotFound {

    public ProjectNotFound() {
        super("project");
    }
}
