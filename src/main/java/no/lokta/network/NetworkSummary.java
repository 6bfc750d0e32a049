package no.lokta.network;

import java.util.List;
import java.util.UUID;

/** A network with its coordinators. */
public record NetworkSummary(
        UUID id,
        UUID collaborationId,
        String name,
        String theme,
        String description,
        NetworkStatus status,
        List<NetworkPerson> coordinators) {

    public NetworkSummary {
        coordinators = List.copyOf(coordinators);
    }
}
