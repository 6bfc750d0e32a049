package no.lokta.project.work;

/** A document with its content, for download. */
public record DocumentFile(DocumentSummary summary, byte[] content) {}
