package no.lokta.programme.web;

import java.util.UUID;
import no.lokta.network.NetworkPageSection;
import no.lokta.programme.ProgrammeFilter;
import no.lokta.programme.ProgrammeManagement;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The network's coming activities on its overview page: title, start, seats left, a link. */
@Component
@Order(10)
class ProgrammeNetworkSection implements NetworkPageSection {

    static final int SHOWN = 10;

    private final ProgrammeManagement programme;

    ProgrammeNetworkSection(ProgrammeManagement programme) {
        this.programme = programme;
    }

    @Override
    public String template() {
        return "programme/network-section";
    }

    @Override
    public Object data(UUID collaborationId, UUID networkId) {
        return programme.programme(new ProgrammeFilter(collaborationId, networkId, null, null, null, null, 0, SHOWN));
    }
}
