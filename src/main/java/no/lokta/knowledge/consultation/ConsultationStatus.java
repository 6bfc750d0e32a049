package no.lokta.knowledge.consultation;

import java.util.Set;

/**
 * Where a consultation stands. Input is given while it is open; the response is drafted, approved
 * and submitted; or the consultation is closed without a response. Submitted and closed are final.
 */
public enum ConsultationStatus {
    OPEN_FOR_INPUT,
    DRAFTING,
    APPROVED,
    SUBMITTED,
    CLOSED_WITHOUT_RESPONSE;

    /** Whether the consultation may go from this status to the next. */
    public boolean canBecome(ConsultationStatus next) {
        return switch (this) {
            case OPEN_FOR_INPUT -> Set.of(DRAFTING, CLOSED_WITHOUT_RESPONSE).contains(next);
            // an approval taken back lets the draft be changed again
            case DRAFTING -> Set.of(APPROVED, CLOSED_WITHOUT_RESPONSE).contains(next);
            case APPROVED -> Set.of(SUBMITTED, DRAFTING).contains(next);
            case SUBMITTED, CLOSED_WITHOUT_RESPONSE -> false;
        };
    }

    /** Submitted or closed: nothing changes any more. */
    public boolean done() {
        return this == SUBMITTED || this == CLOSED_WITHOUT_RESPONSE;
    }

    /** The joint response may be written while input is open and while drafting. */
    public boolean responseEditable() {
        return this == OPEN_FOR_INPUT || this == DRAFTING;
    }

    public String messageKey() {
        return "consultation.status." + name();
    }
}
