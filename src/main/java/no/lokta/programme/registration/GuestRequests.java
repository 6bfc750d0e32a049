package no.lokta.programme.registration;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Registrations asked for by mail link and not yet confirmed; kept under the token's hash. */
@Repository
class GuestRequests {

    /** A stored request as the link finds it. */
    record Request(
            UUID activityId,
            String name,
            String email,
            @Nullable UUID organisationId,
            boolean expired,
            boolean used) {}

    private final JdbcClient jdbc;

    GuestRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            String tokenHash,
            UUID activityId,
            String name,
            String email,
            @Nullable UUID organisationId,
            Duration validity) {
        jdbc.sql("""
                        insert into programme.guest_request (token_hash, activity_id, name, email, organisation_id,
                          expires_at)
                        values (?, ?, ?, ?, ?, now() + make_interval(secs => ?))""")
                .params(Arrays.asList(tokenHash, activityId, name, email, organisationId, validity.toSeconds()))
                .update();
    }

    /** Requests of this address for this activity within the last while. */
    long recent(UUID activityId, String email, Duration within) {
        return jdbc.sql("""
                        select count(*) from programme.guest_request
                        where activity_id = ? and email = ? and created_at > now() - make_interval(secs => ?)""")
                .params(activityId, email, within.toSeconds())
                .query(Long.class)
                .single();
    }

    /** The request of a token; locked when it is about to be used, so a link works once. */
    Optional<Request> find(String tokenHash, boolean lock) {
        return jdbc.sql("""
                        select activity_id, name, email, organisation_id, expires_at <= now() as expired,
                          used_at is not null as used
                        from programme.guest_request where token_hash = ?""" + (lock ? " for update" : ""))
                .param(tokenHash)
                .query(Request.class)
                .optional();
    }

    void markUsed(String tokenHash, UUID registrationId) {
        jdbc.sql("update programme.guest_request set used_at = now(), registration_id = ? where token_hash = ?")
                .params(registrationId, tokenHash)
                .update();
    }
}
