package no.lokta.needs.order;

import java.util.UUID;

/**
 * A file to attach to an order: the name the person's computer gave it, its bytes, and who
 * attaches it. The name is cleaned and the type checked by {@link OrderManagement#attach}.
 */
public record AttachmentCommand(String fileName, byte[] content, UUID uploadedBy, String uploadedByName) {}
