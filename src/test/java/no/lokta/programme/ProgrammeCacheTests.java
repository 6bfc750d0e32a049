package no.lokta.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The public programme's cache: kept while nothing changes, emptied by a change and at its commit. */
class ProgrammeCacheTests {

    private final ProgrammeCache cache = new ProgrammeCache(Duration.ofMinutes(1));
    private final AtomicInteger reads = new AtomicInteger();
    private final ProgrammeFilter filter = new ProgrammeFilter(null, null, null, null, null, null, 0, 20);

    private ProgrammePage read(ProgrammeFilter f) {
        reads.incrementAndGet();
        return new ProgrammePage(List.of(), reads.get(), f.page(), f.pageSize());
    }

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void aPageIsReadOnceWhileNothingChanges() {
        assertThat(cache.page(filter, this::read).total()).isEqualTo(1);
        assertThat(cache.page(filter, this::read).total()).isEqualTo(1);
        assertThat(reads).hasValue(1);
        ProgrammeFilter other = new ProgrammeFilter(null, null, ActivityKind.COURSE, null, null, null, 0, 20);
        cache.page(other, this::read);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aChangeEmptiesTheCacheAtOnce() {
        UUID id = UUID.randomUUID();
        cache.page(filter, this::read);
        cache.activity(id, i -> Optional.empty());
        cache.changed();
        assertThat(cache.page(filter, this::read).total()).isEqualTo(2);
        AtomicInteger activityReads = new AtomicInteger();
        cache.activity(id, i -> {
            activityReads.incrementAndGet();
            return Optional.empty();
        });
        assertThat(activityReads).hasValue(1);
    }

    @Test
    void whatIsReadDuringTheChangingTransactionIsForgottenWhenItEnds() {
        TransactionSynchronizationManager.initSynchronization();
        cache.changed();
        // another request reads the old state before the transaction commits
        cache.page(filter, this::read);
        assertThat(cache.page(filter, this::read).total()).isEqualTo(1);
        List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
        synchronizations.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        assertThat(cache.page(filter, this::read).total()).isEqualTo(2);
    }

    @Test
    void withNoTimeToKeepNothingIsKept() {
        ProgrammeCache off = new ProgrammeCache(Duration.ZERO);
        off.page(filter, this::read);
        off.page(filter, this::read);
        assertThat(reads).hasValue(2);
    }
}
