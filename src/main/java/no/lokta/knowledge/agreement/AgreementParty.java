package no.lokta.knowledge.agreement;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An organisation that is party to an agreement. */
public record AgreementParty(UUID id, String name, @Nullable String municipalityNumber) {}
