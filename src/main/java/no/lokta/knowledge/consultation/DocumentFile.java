package no.lokta.knowledge.consultation;

/** A document to download. */
public record DocumentFile(String fileName, String contentType, byte[] content) {}
