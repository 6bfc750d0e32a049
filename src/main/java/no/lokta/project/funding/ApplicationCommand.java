package no.lokta.project.funding;

import java.time.LocalDate;
import java.util.UUID;
import no.lokta.platform.money.Nok;
import no.lokta.platform.web.FieldProblems;

/** An application for a grant: to which funder and scheme, for which year, how much, by when. */
public record ApplicationCommand(UUID funderId, String scheme, int year, Nok applied, LocalDate deadline) {

    public ApplicationCommand {
        scheme = scheme.strip();
        new FieldProblems()
                .longest("scheme", scheme, 200)
                .when(year < 2000 || year > 2100, "year", "funding.year.range")
                .when(applied.ore() == 0, "applied", "application.applied.positive")
                .throwIfAny();
    }
}
