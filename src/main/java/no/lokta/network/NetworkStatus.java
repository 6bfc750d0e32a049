package no.lokta.network;

/** Whether a network is running. A closed network keeps its history. */
public enum NetworkStatus {
    ACTIVE,
    PAUSED,
    CLOSED;

    public String messageKey() {
        return "network.status." + name();
    }
}
