package no.lokta.people;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.lokta.member.CollaborationCommand;
import no.lokta.member.CollaborationSummary;
import no.lokta.member.MemberManagement;
import no.lokta.platform.audit.AuditAction;
import no.lokta.platform.audit.AuditLog;
import no.lokta.platform.security.LoktaUser;
import no.lokta.platform.security.Role;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts, the roles they hold in collaborations, and a person's own password. */
@Service
@Transactional(readOnly = true)
public class PeopleManagement {

    /** Shortest password accepted. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    /** bcrypt reads no further than 72 bytes; a longer password would be cut without a word. */
    static final int MAX_PASSWORD_BYTES = 72;

    /** Times on the pages are Norwegian local time. */
    static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    /** What adding a person did. */
    public enum Added {
        /** A new account, with a welcome mail to choose a password. */
        ACCOUNT_CREATED,
        /** The address had an account already: it got the role. */
        ROLE_GRANTED
    }

    private record Credentials(
            String email, String name, @Nullable String passwordHash) {}

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final AccountAudit accountAudit;
    private final AccountDirectory directory;
    private final PasswordResets resets;
    private final MemberManagement members;
    private final Sessions sessions;

    PeopleManagement(
            JdbcClient jdbc,
            PasswordEncoder encoder,
            AuditLog audit,
            AccountAudit accountAudit,
            AccountDirectory directory,
            PasswordResets resets,
            MemberManagement members,
            Sessions sessions) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
        this.accountAudit = accountAudit;
        this.directory = directory;
        this.resets = resets;
        this.members = members;
        this.sessions = sessions;
    }

    /**
     * Starts a new collaboration with the person as its first coordinator, and returns the person
     * as they are now, with access to it.
     */
    @Transactional
    public LoktaUser startCollaboration(UUID accountId, CollaborationCommand command) {
        CollaborationSummary started = members.createCollaboration(command);
        grant(accountId, started.id(), Role.COORDINATOR, null);
        return directory.byId(accountId);
    }

    public boolean anyAccount() {
        return jdbc.sql("select exists (select 1 from people.account)")
                .query(Boolean.class)
                .single();
    }

    public Optional<UUID> accountIdByEmail(String email) {
        return jdbc.sql("select id from people.account where lower(email) = lower(?)")
                .param(email.strip())
                .query(UUID.class)
                .optional();
    }

    /** Creates an account; with a null password the person sets one through a reset link. */
    @Transactional
    public UUID createAccount(String email, String name, @Nullable String password) {
        String normalised = email.strip();
        if (!looksLikeEmail(normalised) && !normalised.matches("[A-Za-z0-9._-]+")) {
            throw new InvalidInput("email", "form.email.invalid");
        }
        if (name.isBlank()) {
            throw new InvalidInput("name", "form.required");
        }
        if (password != null) {
            checkNewPassword(password, password);
        }
        if (accountIdByEmail(normalised).isPresent()) {
            throw new InvalidInput("email", "account.email.taken");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into people.account (id, email, name, password_hash, version) values (?, ?, ?, ?, 0)")
                .params(Arrays.asList(id, normalised, name.strip(), password == null ? null : encoder.encode(password)))
                .update();
        return id;
    }

    @Transactional
    public void grant(UUID accountId, UUID collaborationId, Role role, @Nullable UUID organisationId) {
        if (role == Role.MUNICIPALITY_CONTACT && organisationId == null) {
            throw new InvalidInput("organisationId", "account.contact.organisationRequired");
        }
        jdbc.sql("""
                        insert into people.account_role (account_id, collaboration_id, role, organisation_id)
                        values (?, ?, ?, ?) on conflict do nothing""")
                .params(Arrays.asList(accountId, collaborationId, role.name(), organisationId))
                .update();
        audit.created(
                collaborationId,
                "accountRole",
                accountId + "/" + role,
                role.name(),
                Map.of("accountId", accountId, "role", role.name()));
    }

    /** The accounts with a role in a collaboration. */
    public List<UUID> accountsIn(UUID collaborationId) {
        return jdbc.sql("select distinct account_id from people.account_role where collaboration_id = ?")
                .param(collaborationId)
                .query(UUID.class)
                .list();
    }

    /** A person's own account, with their roles as they stand now. */
    public AccountSummary account(UUID accountId) {
        LoktaUser user = directory.byId(accountId);
        LocalDateTime lastSignIn = jdbc.sql("select last_sign_in_at from people.account where id = ?")
                .param(accountId)
                .query((rs, n) -> Optional.ofNullable(localOrNull(rs, "last_sign_in_at")))
                .single()
                .orElse(null);
        return new AccountSummary(user.accountId(), user.email(), user.displayName(), lastSignIn, user.access());
    }

    /** The people with a role in a collaboration, by name. */
    public List<PersonSummary> peopleIn(UUID collaborationId) {
        record Row(
                UUID id,
                String name,
                String email,
                @Nullable LocalDateTime lastSignInAt,
                boolean passwordSet,
                Role role,
                @Nullable UUID organisationId) {}
        List<Row> rows = jdbc.sql("""
                        select a.id, a.name, a.email, a.last_sign_in_at, a.password_hash is not null as password_set,
                               r.role, r.organisation_id
                        from people.account a join people.account_role r on r.account_id = a.id
                        where r.collaboration_id = ? order by lower(a.name), lower(a.email)""")
                .param(collaborationId)
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("email"),
                        localOrNull(rs, "last_sign_in_at"),
                        rs.getBoolean("password_set"),
                        Role.valueOf(rs.getString("role")),
                        rs.getObject("organisation_id", UUID.class)))
                .list();
        Map<UUID, List<Row>> byAccount = new LinkedHashMap<>();
        rows.forEach(
                r -> byAccount.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r));
        return byAccount.values().stream()
                .map(own -> {
                    Row first = own.get(0);
                    UUID organisation = own.stream()
                            .map(Row::organisationId)
                            .filter(o -> o != null)
                            .findFirst()
                            .orElse(null);
                    return new PersonSummary(
                            first.id(),
                            first.name(),
                            first.email(),
                            own.stream().map(Row::role).sorted().toList(),
                            organisation,
                            first.lastSignInAt(),
                            first.passwordSet());
                })
                .toList();
    }

    /**
     * Adds a person to a collaboration with a role. A new address gets an account without a
     * password and a welcome mail with a link to choose one; a known address gets the role.
     */
    @Transactional
    public Added addPerson(UUID collaborationId, PersonCommand c, Locale locale) {
        CollaborationSummary collaboration = members.collaboration(collaborationId);
        if (c.organisationId() != null
                && members.organisations(collaborationId).stream().noneMatch(o -> o.id().equals(c.organisationId()))) {
            throw new InvalidInput("organisationId", "person.organisation.unknown");
        }
        Optional<UUID> existing = accountIdByEmail(c.email());
        if (existing.isPresent()) {
            boolean held = jdbc.sql("select exists (select 1 from people.account_role"
                            + " where account_id = ? and collaboration_id = ? and role = ?)")
                    .params(existing.get(), collaborationId, c.role().name())
                    .query(Boolean.class)
                    .single();
            if (held) {
                throw new InvalidInput("role", "person.role.held");
            }
            grant(existing.get(), collaborationId, c.role(), c.organisationId());
            return Added.ROLE_GRANTED;
        }
        UUID id = createAccount(c.email(), c.name(), null);
        audit.created(collaborationId, "account", id, c.name(), Map.of("name", c.name(), "email", c.email()));
        grant(id, collaborationId, c.role(), c.organisationId());
        resets.sendWelcome(collaborationId, collaboration.name(), id, c.email(), c.name(), c.role(), locale);
        return Added.ACCOUNT_CREATED;
    }

    /**
     * Changes a person's own password. Their other sessions end; the one given (their own) stays.
     *
     * @throws InvalidInput if the current password is wrong or the new one breaks a rule
     */
    @Transactional
    public void changePassword(
            UUID accountId, String current, String password, String repeat, @Nullable String keepSession) {
        Credentials account = jdbc.sql("select email, name, password_hash from people.account where id = ? for update")
                .param(accountId)
                .query(Credentials.class)
                .single();
        List<FieldProblem> problems = new ArrayList<>();
        if (account.passwordHash() == null || !encoder.matches(current, account.passwordHash())) {
            problems.add(new FieldProblem("current", "password.current.wrong"));
        }
        problems.addAll(newPasswordProblems(password, repeat));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        jdbc.sql("update people.account set password_hash = ?, version = version + 1 where id = ?")
                .params(encoder.encode(password), accountId)
                .update();
        accountAudit.record(accountId, account.name(), AuditAction.UPDATE, "account", accountId, "password changed");
        sessions.endAll(account.email(), keepSession);
    }

    /** @throws InvalidInput if a new password is too short, too long or not repeated alike */
    static void checkNewPassword(String password, String repeat) {
        List<FieldProblem> problems = newPasswordProblems(password, repeat);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static List<FieldProblem> newPasswordProblems(String password, String repeat) {
        List<FieldProblem> problems = new ArrayList<>();
        if (password.length() < MIN_PASSWORD_LENGTH) {
            problems.add(new FieldProblem("password", "password.tooShort", MIN_PASSWORD_LENGTH));
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            problems.add(new FieldProblem("password", "password.tooLong", MAX_PASSWORD_BYTES));
        } else if (!password.equals(repeat)) {
            problems.add(new FieldProblem("repeat", "password.mismatch"));
        }
        return problems;
    }

    static boolean looksLikeEmail(String email) {
        return email.length() <= 254 && email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }

    static LocalDateTime local(OffsetDateTime time) {
        return time.atZoneSameInstant(ZONE).toLocalDateTime();
    }

    private static @Nullable LocalDateTime localOrNull(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : local(time);
    }
}
