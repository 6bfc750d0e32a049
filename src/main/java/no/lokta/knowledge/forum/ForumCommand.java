package no.lokta.knowledge.forum;

import no.lokta.platform.web.FieldProblems;

/** A forum: its name, kind and what it is for. */
public record ForumCommand(String name, ForumKind kind, String description) {

    public ForumCommand {
        name = name.strip();
        description = description.strip();
        new FieldProblems()
                .required("name", name, 200)
                .longest("description", description, 4000)
                .throwIfAny();
    }
}
