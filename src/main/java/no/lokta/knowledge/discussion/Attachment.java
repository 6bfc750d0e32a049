package no.lokta.knowledge.discussion;

/** A file as sent with a post, checked by {@link no.lokta.platform.files.Uploads} before anything is stored. */
public record Attachment(String name, byte[] content) {}
