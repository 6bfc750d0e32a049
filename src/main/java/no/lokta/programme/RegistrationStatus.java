package no.lokta.programme;

/** Where a registration stands. Confirmed and awaiting approval both hold a seat. */
public enum RegistrationStatus {
    CONFIRMED,
    AWAITING_APPROVAL,
    WAITLISTED,
    CANCELLED,
    DECLINED;

    public boolean holdsSeat() {
        return this == CONFIRMED || this == AWAITING_APPROVAL;
    }

    public boolean active() {
        return holdsSeat() || this == WAITLISTED;
    }

    public String messageKey() {
        return "registration.status." + name();
    }
}
