package no.lokta.needs.plan;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A programme activity a measure may be linked to, by its title and first day. */
public record ActivityChoice(
        UUID id, String title, @Nullable LocalDate date) {}
