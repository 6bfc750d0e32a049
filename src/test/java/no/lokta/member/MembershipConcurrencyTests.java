package no.lokta.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.platform.web.InvalidInput;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Memberships are checked for overlap under a row lock on the organisation: when many coordinators
 * add the same period at once, exactly one membership is stored.
 */
@LoktaTest
class MembershipConcurrencyTests {

    private static final int THREADS = 16;

    @Autowired
    MemberManagement members;

    @Autowired
    TestWorld worlds;

    @RepeatedTest(3)
    void concurrentOverlappingMembershipsStoreOnlyOne() throws Exception {
        var world = worlds.create();
        var command = new MembershipCommand(
                world.municipality().id(), MembershipKind.MEMBER, LocalDate.of(2021, 1, 1), null, "");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < THREADS; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        members.addMembership(world.id(), command);
                        return true;
                    } catch (InvalidInput refused) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int stored = 0;
            for (Future<Boolean> result : results) {
                stored += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(stored).isEqualTo(1);
            assertThat(members.membershipsOf(world.id(), world.municipality().id()))
                    .hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
