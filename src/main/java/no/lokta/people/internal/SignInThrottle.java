package no.lokta.people.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses sign-ins from a client address that has failed too often lately. The failures are kept
 * in PostgreSQL, so every node counts the same.
 */
@Component
class SignInThrottle {

    /** Failures from one address within {@link #WINDOW_MINUTES} before it is refused. */
    static final int MAX_FAILURES = 20;

    static final int WINDOW_MINUTES = 15;

    private final JdbcClient jdbc;

    SignInThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean refused(String client) {
        return jdbc.sql("select count(*) from people.sign_in_attempt"
                                + " where client = ? and at > now() - make_interval(mins => ?)")
                        .params(client, WINDOW_MINUTES)
                        .query(Long.class)
                        .single()
                >= MAX_FAILURES;
    }

    void failed(String client) {
        jdbc.sql("insert into people.sign_in_attempt (client) values (?)")
                .param(client)
                .update();
        // what is older than a day counts for nothing: clear it as we go, no scheduled job needed
        jdbc.sql("delete from people.sign_in_attempt where at < now() - interval '1 day'")
                .update();
    }
}
