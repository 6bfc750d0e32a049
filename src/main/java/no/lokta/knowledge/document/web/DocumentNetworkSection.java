package no.lokta.knowledge.document.web;

import java.util.List;
import java.util.UUID;
import no.lokta.knowledge.document.DocumentFilter;
import no.lokta.knowledge.document.DocumentManagement;
import no.lokta.knowledge.document.DocumentSummary;
import no.lokta.knowledge.document.LinkKind;
import no.lokta.knowledge.document.LinkTarget;
import no.lokta.knowledge.document.Viewer;
import no.lokta.network.NetworkPageSection;
import no.lokta.platform.security.Tenancy;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The documents linked to a network, on the network's overview page: those the reader may see. */
@Component
@Order(30)
class DocumentNetworkSection implements NetworkPageSection {

    /** The network and its documents, by title. */
    record Data(UUID networkId, List<DocumentSummary> documents) {}

    private final DocumentManagement documents;
    private final Tenancy tenancy;

    DocumentNetworkSection(DocumentManagement documents, Tenancy tenancy) {
        this.documents = documents;
        this.tenancy = tenancy;
    }

    @Override
    public String template() {
        return "knowledge/document/network-section";
    }

    @Override
    public Object data(UUID collaborationId, UUID networkId) {
        Viewer viewer = Viewer.of(tenancy.current()
                .filter(a -> a.collaborationId().equals(collaborationId))
                .orElse(null));
        return new Data(
                networkId,
                documents.documents(
                        collaborationId, viewer, new DocumentFilter(new LinkTarget(LinkKind.NETWORK, networkId), "")));
    }
}
