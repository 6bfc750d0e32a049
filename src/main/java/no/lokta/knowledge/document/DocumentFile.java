package no.lokta.knowledge.document;

/** A version's file to download. */
public record DocumentFile(String fileName, String contentType, byte[] content) {}
