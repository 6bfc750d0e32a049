package no.lokta.needs.survey;

/** A personal link past its last day, not submitted: shown as 410. */
public class InvitationExpired extends RuntimeException {

    public InvitationExpired() {
        super("survey link expired");
    }
}
