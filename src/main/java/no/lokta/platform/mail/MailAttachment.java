package no.lokta.platform.mail;

import java.util.Arrays;

/** A file sent with a mail, e.g. a calendar file ({@code text/calendar}) with a confirmation. */
public record MailAttachment(String name, String contentType, byte[] content) {

    public MailAttachment {
        if (name.isBlank() || contentType.isBlank()) {
            throw new IllegalArgumentException("an attachment needs a name and a content type");
        }
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MailAttachment a
                && a.name.equals(name)
                && a.contentType.equals(contentType)
                && Arrays.equals(a.content, content);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + contentType.hashCode()) + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "MailAttachment[" + name + ", " + contentType + ", " + content.length + " bytes]";
    }
}
