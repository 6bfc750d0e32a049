package no.lokta.platform.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as Spring Security sees it. It is kept in the HTTP session (stored in
 * PostgreSQL), so it holds only ids, names and roles.
 */
public final class LoktaUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID accountId;
    private final String email;
    private final String displayName;
    private @Nullable String passwordHash;
    private final boolean locked;
    private final boolean enabled;
    private final List<CollaborationAccess> access;

    public LoktaUser(
            UUID accountId,
            String email,
            String displayName,
            @Nullable String passwordHash,
            boolean locked,
            boolean enabled,
            List<CollaborationAccess> access) {
        this.accountId = accountId;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.locked = locked;
        this.enabled = enabled;
        this.access = List.copyOf(access);
    }

    public UUID accountId() {
        return accountId;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public List<CollaborationAccess> access() {
        return access;
    }

    public Optional<CollaborationAccess> accessTo(UUID collaborationId) {
        return access.stream()
                .filter(a -> a.collaborationId().equals(collaborationId))
                .findFirst();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof LoktaUser other && other.accountId.equals(accountId);
    }

    @Override
    public int hashCode() {
        return accountId.hashCode();
    }

    @Override
    public String toString() {
        return "LoktaUser[" + accountId + "]";
    }
}
