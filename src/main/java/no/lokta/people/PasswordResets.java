package no.lokta.people;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import no.lokta.platform.audit.AuditAction;
import no.lokta.platform.mail.MailOutbox;
import no.lokta.platform.security.Role;
import no.lokta.platform.web.InvalidInput;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting a password through a single-use link sent by mail: after "forgot password", and in the
 * welcome mail of a person a coordinator has added. Only the link's SHA-256 is stored.
 */
@Service
public class PasswordResets {

    /** What a link is worth now. */
    public enum LinkState {
        VALID,
        EXPIRED,
        /** Used, or replaced when another link of the same account was used. */
        USED,
        UNKNOWN
    }

    /** How long a "forgot password" link works. */
    public static final int RESET_MINUTES = 30;

    static final Duration RESET_VALIDITY = Duration.ofMinutes(RESET_MINUTES);
    static final Duration WELCOME_VALIDITY = Duration.ofDays(7);

    /** Reset mails to one account within {@link #RESET_VALIDITY}; more are not sent, silently. */
    static final int MAX_RECENT_RESETS = 3;

    private record Account(UUID id, String email, String name) {}

    private record Link(UUID accountId, boolean expired, boolean used) {}

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final MailOutbox mail;
    private final MessageSource messages;
    private final AccountAudit audit;
    private final Sessions sessions;
    private final String baseUrl;

    PasswordResets(
            JdbcClient jdbc,
            PasswordEncoder encoder,
            MailOutbox mail,
            MessageSource messages,
            AccountAudit audit,
            Sessions sessions,
            @Value("${lokta.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.mail = mail;
        this.messages = messages;
        this.audit = audit;
        this.sessions = sessions;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * Mails a reset link if the address belongs to an active account. The caller answers the same
     * whatever happened, so that nobody can find out which addresses have accounts.
     */
    @Transactional
    public void requestReset(String email, Locale locale) {
        Optional<Account> found = jdbc.sql(
                        "select id, email, name from people.account" + " where lower(email) = lower(?) and enabled")
                .param(email.strip())
                .query(Account.class)
                .optional();
        if (found.isEmpty()) {
            return;
        }
        Account account = found.get();
        long recent = jdbc.sql("select count(*) from people.password_reset where account_id = ?"
                        + " and created_at > now() - make_interval(secs => ?)")
                .params(account.id(), RESET_VALIDITY.toSeconds())
                .query(Long.class)
                .single();
        if (recent >= MAX_RECENT_RESETS) {
            return;
        }
        String link = issue(account.id(), RESET_VALIDITY);
        mail.queue(
                null,
                account.email(),
                text("mail.reset.subject", locale),
                text("mail.reset.body", locale, account.name(), link, RESET_VALIDITY.toMinutes()));
    }

    /** The welcome mail of a new person: a link to choose a first password, valid for a week. */
    @Transactional
    void sendWelcome(
            UUID collaborationId,
            String collaborationName,
            UUID accountId,
            String email,
            String name,
            Role role,
            Locale locale) {
        String link = issue(accountId, WELCOME_VALIDITY);
        mail.queue(
                collaborationId,
                email,
                text("mail.welcome.subject", locale, collaborationName),
                text(
                        "mail.welcome.body",
                        locale,
                        name,
                        collaborationName,
                        text(role.messageKey(), locale),
                        WELCOME_VALIDITY.toDays(),
                        link));
    }

    @Transactional(readOnly = true)
    public LinkState check(String token) {
        return link(token, false).map(PasswordResets::state).orElse(LinkState.UNKNOWN);
    }

    /**
     * Sets the new password if the link is still valid: the link is then used, the account's other
     * links void, a lock lifted and every session of the person ended.
     *
     * @throws InvalidInput if the password breaks a rule (nothing is changed then)
     */
    @Transactional
    public LinkState reset(String token, String password, String repeat) {
        Optional<Link> found = link(token, true);
        LinkState state = found.map(PasswordResets::state).orElse(LinkState.UNKNOWN);
        if (state != LinkState.VALID || found.isEmpty()) {
            return state;
        }
        PeopleManagement.checkNewPassword(password, repeat);
        UUID accountId = found.get().accountId();
        Account account = jdbc.sql("update people.account set password_hash = ?, failed_attempts = 0,"
                        + " locked_until = null, version = version + 1 where id = ? returning id, email, name")
                .params(encoder.encode(password), accountId)
                .query(Account.class)
                .single();
        jdbc.sql("update people.password_reset set used_at = now() where account_id = ? and used_at is null")
                .param(accountId)
                .update();
        audit.record(accountId, account.name(), AuditAction.UPDATE, "account", accountId, "password reset by link");
        sessions.endAll(account.email(), null);
        return LinkState.VALID;
    }

    private String issue(UUID accountId, Duration validity) {
        String token = Secrets.newToken();
        jdbc.sql("insert into people.password_reset (token_hash, account_id, expires_at)"
                        + " values (?, ?, now() + make_interval(secs => ?))")
                .params(Secrets.sha256(token), accountId, validity.toSeconds())
                .update();
        return baseUrl + "/password/reset?token=" + token;
    }

    private Optional<Link> link(String token, boolean lock) {
        if (token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select account_id, expires_at <= now() as expired, used_at is not null as used"
                        + " from people.password_reset where token_hash = ?" + (lock ? " for update" : ""))
                .param(Secrets.sha256(token))
                .query(Link.class)
                .optional();
    }

    private static LinkState state(Link link) {
        if (link.used()) {
            return LinkState.USED;
        }
        return link.expired() ? LinkState.EXPIRED : LinkState.VALID;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
