package no.lokta.programme;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The public programme's pages and activities, kept for a few seconds: they are read far more
 * often than the programme changes. Every write to activities, sessions, quotas or registrations
 * empties the cache, at once and again when its transaction ends (so a reader in between cannot
 * keep what the transaction changed); the time limit bounds what another application node shows.
 * Registration itself never reads from here: seats are decided under a row lock.
 */
@Component
public class ProgrammeCache {

    private final Cache<ProgrammeFilter, ProgrammePage> pages;
    private final Cache<UUID, Optional<ActivitySummary>> activities;

    ProgrammeCache(@Value("${lokta.programme.cache-for:5s}") Duration cacheFor) {
        this.pages = Caffeine.newBuilder()
                .expireAfterWrite(cacheFor)
                .maximumSize(2_000)
                .build();
        this.activities = Caffeine.newBuilder()
                .expireAfterWrite(cacheFor)
                .maximumSize(10_000)
                .build();
    }

    ProgrammePage page(ProgrammeFilter filter, Function<ProgrammeFilter, ProgrammePage> read) {
        return pages.get(filter, read);
    }

    Optional<ActivitySummary> activity(UUID id, Function<UUID, Optional<ActivitySummary>> read) {
        return activities.get(id, read);
    }

    /** The programme has changed: forget what was read, now and when the transaction ends. */
    public void changed() {
        clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    clear();
                }
            });
        }
    }

    private void clear() {
        pages.invalidateAll();
        activities.invalidateAll();
    }
}
