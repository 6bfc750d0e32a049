package no.lokta.knowledge.document;

/**
 * A file as sent, with the uploader's note on what changed. It is checked by {@link
 * no.lokta.platform.files.Uploads} before anything is stored.
 */
public record Upload(String name, byte[] content, String note) {

    public static final int MAX_NOTE = 1000;
}
