package no.lokta.platform.audit;

/** What an audit entry records. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    CREATE,
    UPDATE,
    DELETE
}
