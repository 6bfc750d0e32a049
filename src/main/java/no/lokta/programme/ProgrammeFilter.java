package no.lokta.programme;

import java.time.YearMonth;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the public programme is narrowed to. Every part is optional.
 *
 * <p>{@code organisationId} is a member municipality (or other member organisation) of the
 * collaboration: it keeps the activities its people can take part in on the terms meant for them,
 * that is those with seats reserved for it, and those with no reserved seats at all (open on equal
 * terms to every member of the collaboration). Activities whose seats are reserved for other
 * members only are left out.
 *
 * <p>Without a month the programme shows what has not ended yet; with one, the activities that
 * have a session starting in that month.
 */
public record ProgrammeFilter(
        @Nullable UUID collaborationId,
        @Nullable UUID networkId,
        @Nullable ActivityKind kind,
        @Nullable Audience audience,
        @Nullable UUID organisationId,
        @Nullable YearMonth month,
        int page,
        int pageSize) {

    public ProgrammeFilter {
        page = Math.max(0, page);
        pageSize = Math.clamp(pageSize, 1, 500);
    }

    /** Everything coming, first page. */
    public static ProgrammeFilter coming(int pageSize) {
        return new ProgrammeFilter(null, null, null, null, null, null, 0, pageSize);
    }
}
