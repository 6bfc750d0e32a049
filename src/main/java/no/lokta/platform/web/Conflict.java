package no.lokta.platform.web;

/** A change that clashes with the current state; shown as 409 with the message key's text. */
public class Conflict extends RuntimeException {

    private final String messageKey;

    public Conflict(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
