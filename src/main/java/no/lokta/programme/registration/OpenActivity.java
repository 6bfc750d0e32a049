package no.lokta.programme.registration;

import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An activity a kommunekontakt can register staff for now. */
public record OpenActivity(UUID id, String title, @Nullable LocalDateTime startsAt) {}
