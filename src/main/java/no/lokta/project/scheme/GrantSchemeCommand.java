package no.lokta.project.scheme;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import no.lokta.platform.web.FieldProblems;
import no.lokta.project.funding.FunderKind;

/**
 * A grant scheme as the coordinator enters it. The link is an http or https address or empty; no
 * organisations means that it concerns every member.
 */
public record GrantSchemeCommand(
        String name,
        String funder,
        FunderKind funderKind,
        LocalDate deadline,
        String whoCanApply,
        String link,
        String description,
        Set<UUID> organisationIds) {

    public static final int MAX_NAME = 200;
    public static final int MAX_FUNDER = 200;
    public static final int MAX_LINK = 500;
    public static final int MAX_TEXT = 4000;

    public GrantSchemeCommand {
        name = name.strip();
        funder = funder.strip();
        whoCanApply = whoCanApply.strip();
        link = link.strip();
        description = description.strip();
        organisationIds = Collections.unmodifiableSet(new LinkedHashSet<>(organisationIds));
        new FieldProblems()
                .required("name", name, MAX_NAME)
                .longest("funder", funder, MAX_FUNDER)
                .longest("whoCanApply", whoCanApply, 1000)
                .longest("description", description, MAX_TEXT)
                .webAddress("link", link, MAX_LINK, "scheme.link.invalid")
                .throwIfAny();
    }
}
