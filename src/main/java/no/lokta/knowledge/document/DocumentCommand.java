package no.lokta.knowledge.document;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import no.lokta.platform.web.FieldProblems;

/** A document's title, description, who may see it and what it is linked to. */
public record DocumentCommand(String title, String description, Visibility visibility, Set<LinkTarget> links) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 4000;

    public DocumentCommand {
        title = title.strip();
        description = description.strip();
        links = Collections.unmodifiableSet(new LinkedHashSet<>(links));
        new FieldProblems()
                .required("title", title, MAX_TITLE)
                .longest("description", description, MAX_DESCRIPTION)
                .throwIfAny();
    }
}
