package no.lokta.project.scheme;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/** A grant scheme was published as news to the members; published once per scheme. */
@NamedInterface("scheme-events")
public record GrantSchemePublished(UUID collaborationId, UUID schemeId, String name, LocalDate deadline) {}
