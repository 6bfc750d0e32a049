package no.lokta.network;

import java.util.UUID;

/**
 * A part of a network's overview page that another module fills in (the programme lists the
 * network's coming activities), so that the network module needs to know nothing of it. The
 * template named by {@link #template()} holds a fragment {@code section(data)} that renders what
 * {@link #data} returns.
 */
public interface NetworkPageSection {

    /** The template holding the fragment {@code section(data)}, e.g. {@code programme/network-section}. */
    String template();

    /** What the fragment shows for this network of the collaboration. */
    Object data(UUID collaborationId, UUID networkId);
}
