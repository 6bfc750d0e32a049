package no.lokta.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.lokta.platform.audit.AuditAction;
import no.lokta.platform.web.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal tokens for the JSON API. The value is shown once, when made; only its SHA-256 is kept,
 * so a token that is lost is revoked and replaced, never recovered.
 */
@Service
public class ApiTokens {

    public static final int MAX_NAME_LENGTH = 100;

    /** A prefix that secret scanners and people recognise. */
    static final String PREFIX = "lokta_";

    private final JdbcClient jdbc;
    private final AccountAudit audit;

    ApiTokens(JdbcClient jdbc, AccountAudit audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public NewApiToken create(UUID accountId, String name) {
        String clean = name.strip();
        if (clean.isEmpty()) {
            throw new InvalidInput("name", "form.required");
        }
        if (clean.length() > MAX_NAME_LENGTH) {
            throw new InvalidInput("name", "form.tooLong", MAX_NAME_LENGTH);
        }
        String value = PREFIX + Secrets.newToken();
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into people.api_token (id, account_id, name, token_hash) values (?, ?, ?, ?)")
                .params(id, accountId, clean, Secrets.sha256(value))
                .update();
        audit.record(accountId, ownerName(accountId), AuditAction.CREATE, "apiToken", id, clean);
        return new NewApiToken(id, clean, value);
    }

    /** The person's tokens in use, newest first. */
    @Transactional(readOnly = true)
    public List<ApiTokenSummary> list(UUID accountId) {
        return jdbc.sql("select id, name, created_at, last_used_at from people.api_token"
                        + " where account_id = ? and revoked_at is null order by created_at desc")
                .param(accountId)
                .query(ApiTokens::summary)
                .list();
    }

    @Transactional
    public void revoke(UUID accountId, UUID tokenId) {
        String name = jdbc.sql("update people.api_token set revoked_at = now()"
                        + " where id = ? and account_id = ? and revoked_at is null returning name")
                .params(tokenId, accountId)
                .query(String.class)
                .optional()
                .orElseThrow(ApiTokenNotFound::new);
        audit.record(accountId, ownerName(accountId), AuditAction.DELETE, "apiToken", tokenId, name);
    }

    /** Gives the account a token of a value set from outside (demo mode), unless it has it already. */
    @Transactional
    public void ensure(UUID accountId, String name, String value) {
        jdbc.sql("""
                        insert into people.api_token as t (id, account_id, name, token_hash) values (?, ?, ?, ?)
                        on conflict (token_hash) do update set revoked_at = null
                          where t.account_id = excluded.account_id""")
                .params(UUID.randomUUID(), accountId, name, Secrets.sha256(value))
                .update();
    }

    /** The account whose token this is, if it is known and not revoked; notes when it was used. */
    @Transactional
    Optional<UUID> authenticate(String value) {
        if (value.isBlank() || value.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("update people.api_token set last_used_at = now()"
                        + " where token_hash = ? and revoked_at is null returning account_id")
                .param(Secrets.sha256(value))
                .query(UUID.class)
                .optional();
    }

    private String ownerName(UUID accountId) {
        return jdbc.sql("select name from people.account where id = ?")
                .param(accountId)
                .query(String.class)
                .single();
    }

    private static ApiTokenSummary summary(ResultSet rs, int row) throws SQLException {
        OffsetDateTime lastUsed = rs.getObject("last_used_at", OffsetDateTime.class);
        return new ApiTokenSummary(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                PeopleManagement.local(rs.getObject("created_at", OffsetDateTime.class)),
                lastUsed == null ? null : PeopleManagement.local(lastUsed));
    }
}
