package no.lokta.knowledge.discussion;

/** A post's attachment to download. */
public record AttachmentFile(String fileName, String contentType, byte[] content) {}
