package no.lokta.project.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Coordinators' secret calendar addresses: one per person and collaboration, found by the SHA-256
 * of its secret (32 random bytes, base64url), so that a copy of the database opens no feed.
 */
@Repository
class FeedAddresses {

    /** Whose feed an address is: a person, in a collaboration. */
    record Owner(UUID accountId, UUID collaborationId) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    FeedAddresses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a value from an address can be a secret at all (saves a lookup of junk). */
    static boolean plausible(String secret) {
        return secret.length() == 43
                && secret.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }

    static String sha256(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    Optional<LocalDateTime> createdAt(UUID accountId, UUID collaborationId) {
        return jdbc.sql("select created_at from project.calendar_feed where account_id = ? and collaboration_id = ?")
                .params(accountId, collaborationId)
                .query(LocalDateTime.class)
                .optional();
    }

    /** Replaces the person's address in the collaboration: the old secret stops working at once. */
    void replace(UUID accountId, UUID collaborationId, String secretHash, LocalDateTime now) {
        jdbc.sql("""
                        insert into project.calendar_feed (account_id, collaboration_id, secret_hash, created_at)
                        values (?, ?, ?, ?)
                        on conflict (account_id, collaboration_id) do update
                          set secret_hash = excluded.secret_hash, created_at = excluded.created_at""").params(accountId, collaborationId, secretHash, now).update();
    }

    Optional<Owner> owner(String secretHash) {
        return jdbc.sql("select account_id, collaboration_id from project.calendar_feed where secret_hash = ?")
                .param(secretHash)
                .query((rs, n) ->
                        new Owner(rs.getObject("account_id", UUID.class), rs.getObject("collaboration_id", UUID.class)))
                .optional();
    }
}
