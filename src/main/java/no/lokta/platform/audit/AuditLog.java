package no.lokta.platform.audit;

import java.util.Arrays;
import java.util.UUID;
import no.lokta.platform.security.LoktaUser;
import no.lokta.platform.security.Tenancy;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who changed what, when, with the record before and after. Written in the caller's transaction,
 * so a change and its entry stand or fall together.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Tenancy tenancy;

    AuditLog(JdbcClient jdbc, JsonMapper json, Tenancy tenancy) {
        this.jdbc = jdbc;
        this.json = json;
        this.tenancy = tenancy;
    }

    public void created(UUID collaborationId, String entityType, Object id, String summary, Object after) {
        write(collaborationId, AuditAction.CREATE, entityType, id, summary, null, after);
    }

    public void updated(
            UUID collaborationId, String entityType, Object id, String summary, Object before, Object after) {
        write(collaborationId, AuditAction.UPDATE, entityType, id, summary, before, after);
    }

    public void deleted(UUID collaborationId, String entityType, Object id, String summary, Object before) {
        write(collaborationId, AuditAction.DELETE, entityType, id, summary, before, null);
    }

    /** A sign-in attempt, written once for each collaboration the account belongs to. */
    public void signIn(
            @Nullable UUID collaborationId, @Nullable UUID accountId, String email, boolean success, String detail) {
        jdbc.sql("""
                        insert into platform.audit_log
                          (collaboration_id, actor_id, actor_name, action, entity_type, entity_id, summary)
                        values (?, ?, ?, ?, 'account', ?, ?)""")
                .params(Arrays.asList(
                        collaborationId,
                        accountId,
                        email,
                        (success ? AuditAction.SIGN_IN : AuditAction.SIGN_IN_FAILED).name(),
                        accountId == null ? null : accountId.toString(),
                        detail))
                .update();
    }

    /**
     * A change to one person's account (password, API tokens), which belongs to no single
     * collaboration: written for the collaboration given, or with none. Done by the signed-in
     * person, or else by the account's owner through a link sent to them.
     */
    public void accountChanged(
            @Nullable UUID collaborationId,
            UUID accountId,
            String accountName,
            AuditAction action,
            String entityType,
            Object id,
            String summary) {
        LoktaUser actor = tenancy.user().orElse(null);
        insert(
                collaborationId,
                actor == null ? accountId : actor.accountId(),
                actor == null ? accountName : actor.displayName(),
                action,
                entityType,
                id,
                summary,
                null,
                null);
    }

    private void write(
            UUID collaborationId,
            AuditAction action,
            String entityType,
            Object id,
            String summary,
            @Nullable Object before,
            @Nullable Object after) {
        LoktaUser actor = tenancy.user().orElse(null);
        insert(
                collaborationId,
                actor == null ? null : actor.accountId(),
                actor == null ? "system" : actor.displayName(),
                action,
                entityType,
                id,
                summary,
                before,
                after);
    }

    private void insert(
            @Nullable UUID collaborationId,
            @Nullable UUID actorId,
            String actorName,
            AuditAction action,
            String entityType,
            Object id,
            String summary,
            @Nullable Object before,
            @Nullable Object after) {
        jdbc.sql("""
                        insert into platform.audit_log (collaboration_id, actor_id, actor_name, action,
                          entity_type, entity_id, summary, before, after)
                        values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""")
                .params(Arrays.asList(
                        collaborationId,
                        actorId,
                        actorName,
                        action.name(),
                        entityType,
                        String.valueOf(id),
                        summary,
                        before == null ? null : json.writeValueAsString(before),
                        after == null ? null : json.writeValueAsString(after)))
                .update();
    }
}
