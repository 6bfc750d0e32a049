package no.lokta.people;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends a person's sessions on every node (they are kept in PostgreSQL) after their password has
 * changed, so that whoever knew the old one is signed out.
 */
@Component
class Sessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<?>> repository;

    Sessions(ObjectProvider<FindByIndexNameSessionRepository<?>> repository) {
        this.repository = repository;
    }

    /** Ends all sessions of the person but the one given (the person's own, if they are signed in). */
    void endAll(String principalName, @Nullable String keep) {
        FindByIndexNameSessionRepository<?> sessions = repository.getIfAvailable();
        if (sessions == null) {
            return;
        }
        sessions.findByPrincipalName(principalName).keySet().stream()
                .filter(id -> !id.equals(keep))
                .forEach(sessions::deleteById);
    }
}
