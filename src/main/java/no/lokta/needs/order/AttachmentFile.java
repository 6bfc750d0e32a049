package no.lokta.needs.order;

/** An attachment with its content, for download. */
public record AttachmentFile(AttachmentSummary summary, byte[] content) {}
