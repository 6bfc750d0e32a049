package no.lokta.people;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.lokta.member.CollaborationSummary;
import no.lokta.member.MemberManagement;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.LoktaUser;
import no.lokta.platform.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads a person for sign-in and API calls: account, lock state and roles per collaboration. */
@Component
class AccountDirectory implements UserDetailsService {

    record AccountRow(
            UUID id,
            String email,
            String name,
            @Nullable String passwordHash,
            boolean enabled,
            @Nullable Instant lockedUntil) {}

    private record RoleRow(
            UUID collaborationId, Role role, @Nullable UUID organisationId) {}

    private final JdbcClient jdbc;
    private final MemberManagement members;

    AccountDirectory(JdbcClient jdbc, MemberManagement members) {
        this.jdbc = jdbc;
        this.members = members;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        AccountRow account = jdbc.sql("select id, email, name, password_hash, enabled, locked_until from people.account"
                        + " where lower(email) = lower(?)")
                .param(email.strip())
                .query(AccountRow.class)
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return user(account, account.passwordHash());
    }

    LoktaUser byId(UUID accountId) {
        AccountRow account = jdbc.sql(
                        "select id, email, name, password_hash, enabled, locked_until from people.account where id = ?")
                .param(accountId)
                .query(AccountRow.class)
                .single();
        return user(account, null);
    }

    private static String nameOf(Map<UUID, String> names, UUID id) {
        return names.getOrDefault(id, "");
    }

    private LoktaUser user(AccountRow account, @Nullable String passwordHash) {
        List<RoleRow> roles = jdbc.sql("select collaboration_id, role, organisation_id from people.account_role"
                        + " where account_id = ?")
                .param(account.id())
                .query(RoleRow.class)
                .list();
        Map<UUID, Set<Role>> byCollaboration = new LinkedHashMap<>();
        Map<UUID, UUID> organisation = new LinkedHashMap<>();
        for (RoleRow r : roles) {
            byCollaboration
                    .computeIfAbsent(r.collaborationId(), k -> new HashSet<>())
                    .add(r.role());
            if (r.organisationId() != null) {
                organisation.put(r.collaborationId(), r.organisationId());
            }
        }
        Map<UUID, String> names = members.collaborations(byCollaboration.keySet()).stream()
                .collect(Collectors.toMap(CollaborationSummary::id, CollaborationSummary::name));
        List<CollaborationAccess> access = new ArrayList<>();
        byCollaboration.entrySet().stream()
                .filter(e -> names.containsKey(e.getKey()))
                .sorted(Map.Entry.comparingByKey((a, b) -> nameOf(names, a).compareTo(nameOf(names, b))))
                .forEach(e -> access.add(new CollaborationAccess(
                        e.getKey(), nameOf(names, e.getKey()), e.getValue(), organisation.get(e.getKey()))));
        boolean locked = account.lockedUntil() != null && account.lockedUntil().isAfter(Instant.now());
        return new LoktaUser(
                account.id(), account.email(), account.name(), passwordHash, locked, account.enabled(), access);
    }
}
