package no.lokta.people;

import java.util.List;
import java.util.UUID;
import no.lokta.platform.audit.AuditAction;
import no.lokta.platform.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Audits a change to an account in every collaboration the person belongs to, so that each
 * collaboration's coordinators see it; with no collaboration, once without one.
 */
@Component
class AccountAudit {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    AccountAudit(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    void record(UUID accountId, String accountName, AuditAction action, String entityType, Object id, String summary) {
        List<UUID> collaborations = jdbc.sql(
                        "select distinct collaboration_id from people.account_role where account_id = ?")
                .param(accountId)
                .query(UUID.class)
                .list();
        if (collaborations.isEmpty()) {
            audit.accountChanged(null, accountId, accountName, action, entityType, id, summary);
        }
        collaborations.forEach(c -> audit.accountChanged(c, accountId, accountName, action, entityType, id, summary));
    }
}
