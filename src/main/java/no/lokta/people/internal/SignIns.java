package no.lokta.people.internal;

import java.util.List;
import java.util.UUID;
import no.lokta.platform.audit.AuditLog;
import no.lokta.platform.security.LoktaUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follows form sign-ins through Spring Security's events: counts an account's failures and locks
 * it after {@link #MAX_FAILURES} in a row, counts failures per client address for the throttle,
 * notes the last sign-in, and audits every attempt in each collaboration of the account. API
 * calls with a token raise the same events; they carry no web details and are left alone.
 */
@Component
class SignIns {

    static final int MAX_FAILURES = 5;
    static final int LOCK_MINUTES = 15;

    /** An address as typed can be anything: the audit log keeps a sensible length of it. */
    private static final int MAX_EMAIL_LENGTH = 200;

    private record Counted(UUID id, boolean lockedNow) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final SignInThrottle throttle;

    SignIns(JdbcClient jdbc, AuditLog audit, SignInThrottle throttle) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.throttle = throttle;
    }

    @EventListener
    @Transactional
    void succeeded(AuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        if (!(auth.getDetails() instanceof WebAuthenticationDetails)
                || !(auth.getPrincipal() instanceof LoktaUser user)) {
            return;
        }
        jdbc.sql("update people.account set failed_attempts = 0, locked_until = null, last_sign_in_at = now()"
                        + " where id = ?")
                .param(user.accountId())
                .update();
        audited(user.accountId(), user.email(), true, "signedIn");
    }

    @EventListener
    @Transactional
    void failed(AbstractAuthenticationFailureEvent event) {
        Authentication auth = event.getAuthentication();
        if (!(auth instanceof UsernamePasswordAuthenticationToken)
                || !(auth.getDetails() instanceof WebAuthenticationDetails details)) {
            return;
        }
        String email = clip(auth.getName());
        String client = details.getRemoteAddress();
        if (client != null) {
            throttle.failed(client);
        }
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            Counted counted = count(email);
            if (counted == null) {
                audited(null, email, false, "unknownAccount");
            } else if (counted.lockedNow()) {
                audited(counted.id(), email, false, "wrongPasswordLocked");
            } else {
                audited(counted.id(), email, false, "wrongPassword");
            }
        } else if (event instanceof AuthenticationFailureLockedEvent) {
            audited(accountId(email), email, false, "accountLocked");
        } else {
            audited(
                    accountId(email),
                    email,
                    false,
                    event.getException().getClass().getSimpleName());
        }
    }

    /** A sign-in refused before the password was looked at, because its address failed too often. */
    @Transactional
    void throttled(String email) {
        String clipped = clip(email);
        audited(accountId(clipped), clipped, false, "throttled");
    }

    /**
     * One more failure in a row; the fifth locks the account for a while and starts the count
     * afresh. One statement, so that attempts at the same moment are all counted.
     */
    private @Nullable Counted count(String email) {
        return jdbc.sql("""
                        update people.account set
                          failed_attempts = case when failed_attempts + 1 >= ? then 0 else failed_attempts + 1 end,
                          locked_until = case when failed_attempts + 1 >= ?
                                              then now() + make_interval(mins => ?) else locked_until end
                        where lower(email) = lower(?)
                        returning id, locked_until > now() as locked_now""")
                .params(MAX_FAILURES, MAX_FAILURES, LOCK_MINUTES, email)
                .query((rs, n) -> new Counted(rs.getObject("id", UUID.class), rs.getBoolean("locked_now")))
                .optional()
                .orElse(null);
    }

    private @Nullable UUID accountId(String email) {
        return jdbc.sql("select id from people.account where lower(email) = lower(?)")
                .param(email)
                .query(UUID.class)
                .optional()
                .orElse(null);
    }

    private void audited(@Nullable UUID accountId, String email, boolean success, String detail) {
        List<UUID> collaborations = accountId == null
                ? List.of()
                : jdbc.sql("select distinct collaboration_id from people.account_role where account_id = ?")
                        .param(accountId)
                        .query(UUID.class)
                        .list();
        if (collaborations.isEmpty()) {
            audit.signIn(null, accountId, email, success, detail);
        }
        collaborations.forEach(c -> audit.signIn(c, accountId, email, success, detail));
    }

    private static String clip(String email) {
        String stripped = email.strip();
        return stripped.length() > MAX_EMAIL_LENGTH ? stripped.substring(0, MAX_EMAIL_LENGTH) : stripped;
    }
}
