package no.lokta.network;

/** What a person does in a governance body. */
public enum BodyRole {
    LEADER,
    MEMBER,
    USER_REPRESENTATIVE,
    COORDINATOR,
    FACILITATOR;

    public String messageKey() {
        return "network.role." + name();
    }
}
