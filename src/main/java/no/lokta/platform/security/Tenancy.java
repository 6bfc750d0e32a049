package no.lokta.platform.security;

import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Which collaboration a request works in, and whether the person may do what they ask there. The
 * web pages work in the collaboration chosen in the session; the API names it in the path.
 */
@Component
public class Tenancy {

    static final String SESSION_KEY = "lokta.collaboration";

    /** The signed-in person, if any. */
    public Optional<LoktaUser> user() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof LoktaUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public LoktaUser requireUser() {
        return user().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    /** The collaboration the person works in now: the one chosen, else their first. */
    public Optional<CollaborationAccess> current() {
        return user().flatMap(user -> {
            UUID chosen = chosenInSession();
            if (chosen != null) {
                Optional<CollaborationAccess> access = user.accessTo(chosen);
                if (access.isPresent()) {
                    return access;
                }
            }
            return user.access().stream().findFirst();
        });
    }

    /** The current collaboration, where the person must hold one of the roles. */
    public CollaborationAccess require(Role... roles) {
        CollaborationAccess access = current().orElseThrow(NotAMember::new);
        check(access, roles);
        return access;
    }

    /** A collaboration named by id (API paths), where the person must hold one of the roles. */
    public CollaborationAccess require(UUID collaborationId, Role... roles) {
        CollaborationAccess access = requireUser().accessTo(collaborationId).orElseThrow(NotAMember::new);
        check(access, roles);
        return access;
    }

    public void choose(UUID collaborationId) {
        if (requireUser().accessTo(collaborationId).isEmpty()) {
            throw new NotAMember();
        }
        HttpSession session = session();
        if (session != null) {
            session.setAttribute(SESSION_KEY, collaborationId);
        }
    }

    private static void check(CollaborationAccess access, Role... roles) {
        if (roles.length > 0 && Arrays.stream(roles).noneMatch(access::has)) {
            throw new AccessDeniedException("role required: " + Arrays.toString(roles));
        }
    }

    private static @Nullable UUID chosenInSession() {
        HttpSession session = session();
        return session != null && session.getAttribute(SESSION_KEY) instanceof UUID id ? id : null;
    }

    private static @Nullable HttpSession session() {
        RequestAttributes attrs = RequestContextHolder.getRequestAttributes();
        if (attrs instanceof ServletRequestAttributes servlet) {
            return servlet.getRequest().getSession(false);
        }
        return null;
    }
}
