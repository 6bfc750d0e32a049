package no.lokta.programme.calendar;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal calendar addresses: one per account, found by the SHA-256 of its secret. */
@Repository
class FeedSecrets {

    private final JdbcClient jdbc;

    FeedSecrets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<LocalDateTime> createdAt(UUID accountId) {
        return jdbc.sql("select created_at from programme.calendar_feed where account_id = ?")
                .param(accountId)
                .query(LocalDateTime.class)
                .optional();
    }

    /** Replaces the account's address: the old secret stops working at once. */
    void replace(UUID accountId, String secretHash, LocalDateTime now) {
        jdbc.sql("""
                        insert into programme.calendar_feed (account_id, secret_hash, created_at) values (?, ?, ?)
                        on conflict (account_id) do update
                          set secret_hash = excluded.secret_hash, created_at = excluded.created_at""").params(accountId, secretHash, now).update();
    }

    Optional<UUID> owner(String secretHash) {
        return jdbc.sql("select account_id from programme.calendar_feed where secret_hash = ?")
                .param(secretHash)
                .query(UUID.class)
                .optional();
    }

    /** The collaboration of a network, read from its activities (none: not a network with a programme). */
    Optional<UUID> collaborationOfNetwork(UUID networkId) {
        return jdbc.sql("select collaboration_id from programme.activity where network_id = ? limit 1")
                .param(networkId)
                .query(UUID.class)
                .optional();
    }
}
