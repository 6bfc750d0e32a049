package no.lokta.member;

/** A member shares the costs; a partner takes part without paying its share. */
public enum MembershipKind {
    MEMBER,
    PARTNER;

    public String messageKey() {
        return "membership.kind." + name();
    }
}
