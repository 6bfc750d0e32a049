package no.lokta.knowledge.consultation;

/** A file as sent, checked by {@link no.lokta.platform.files.Uploads} before anything is stored. */
public record Upload(String name, byte[] content) {}
