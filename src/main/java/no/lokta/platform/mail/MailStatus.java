package no.lokta.platform.mail;

/** Where a mail in the outbox stands. */
public enum MailStatus {
    /** Waiting for the dispatcher. */
    PENDING,
    /** Handed to the SMTP server. */
    SENT,
    /** Given up after repeated failures. */
    FAILED,
    /** No SMTP server is set up: the mail is only kept in the outbox. */
    NOT_SENT
}
