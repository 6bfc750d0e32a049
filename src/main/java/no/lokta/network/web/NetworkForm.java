package no.lokta.network.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import no.lokta.network.NetworkCommand;
import no.lokta.network.NetworkPerson;
import no.lokta.network.NetworkStatus;
import no.lokta.network.NetworkSummary;
import org.jspecify.annotations.Nullable;

/** The network form; the command and the facade check the rest. */
record NetworkForm(
        @NotBlank @Size(max = 200) @Nullable String name,
        @Size(max = 200) @Nullable String theme,
        @Size(max = 4000) @Nullable String description,
        @NotNull @Nullable NetworkStatus status,
        @Nullable List<UUID> coordinatorIds) {

    static NetworkForm empty(List<UUID> coordinatorIds) {
        return new NetworkForm("", "", "", NetworkStatus.ACTIVE, coordinatorIds);
    }

    static NetworkForm from(NetworkSummary n) {
        return new NetworkForm(
                n.name(),
                n.theme(),
                n.description(),
                n.status(),
                n.coordinators().stream().map(NetworkPerson::accountId).toList());
    }

    NetworkCommand toCommand() {
        return new NetworkCommand(
                name == null ? "" : name,
                theme == null ? "" : theme,
                description == null ? "" : description,
                status == null ? NetworkStatus.ACTIVE : status,
                coordinatorIds == null ? List.of() : coordinatorIds);
    }
}
