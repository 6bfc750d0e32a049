package no.lokta.people;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import no.lokta.platform.audit.AuditLog;
import no.lokta.platform.security.Role;
import no.lokta.platform.web.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and the roles they hold in collaborations. */
@Service
@Transactional(readOnly = true)
public class PeopleManagement {

    /** Shortest password accepted. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    PeopleManagement(JdbcClient jdbc, PasswordEncoder encoder, AuditLog audit) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
    }

    public boolean anyAccount() {
        return jdbc.sql("select exists (select 1 from people.account)")
                .query(Boolean.class)
                .single();
    }

    /** Creates an account; with a null password the person sets one through a reset link. */
    @Transactional
    public UUID createAccount(String email, String name, @Nullable String password) {
        String normalised = email.strip();
        if (!normalised.matches("[^@\\s]+@[^@\\s]+") && !normalised.matches("[A-Za-z0-9._-]+")) {
            throw new InvalidInput("email", "form.email.invalid");
        }
        if (name.isBlank()) {
            throw new InvalidInput("name", "form.required");
        }
        if (password != null && password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInput("password", "password.tooShort", MIN_PASSWORD_LENGTH);
        }
        boolean taken = jdbc.sql("select exists (select 1 from people.account where lower(email) = lower(?))")
                .param(normalised)
                .query(Boolean.class)
                .single();
        if (taken) {
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
                java.util.Map.of("accountId", accountId, "role", role.name()));
    }

    /** The accounts with a role in a collaboration. */
    public List<UUID> accountsIn(UUID collaborationId) {
        return jdbc.sql("select distinct account_id from people.account_role where collaboration_id = ?")
                .param(collaborationId)
                .query(UUID.class)
                .list();
    }
}
