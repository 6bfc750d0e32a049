package no.lokta.platform.web;

/** Base of every module's {@code XxxNotFound}: shown as 404, never as a stack trace. */
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what + " not found");
    }
}
