package no.lokta.project.fund;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.lokta.LoktaTest;
import no.lokta.platform.money.Nok;
import no.lokta.platform.web.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Awards made at the same moment are decided one after the other and never exceed the pot. */
@LoktaTest
class FundConcurrencyTests {

    static final int THREADS = 8;

    @Autowired
    FundFixtures fixtures;

    @Autowired
    FundManagement funds;

    @Autowired
    JdbcClient jdbc;

    @Test
    void simultaneousAwardsNeverExceedThePot() throws Exception {
        var s = fixtures.create();
        // 8 applications of 30 000 against a pot of 100 000: only 3 fit
        CallSummary call = fixtures.openCall(s, "Utviklingsmidler", 100_000);
        List<ApplicationSummary> applications = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            applications.add(
                    fixtures.apply(s, i % 2 == 0 ? s.bardu() : s.malselv().id(), call, "Tiltak " + i, 30_000));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Boolean>> results = new ArrayList<>();
        for (ApplicationSummary a : applications) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    funds.award(
                            s.id(),
                            a.id(),
                            new AwardCommand(Nok.kroner(30_000), funds.today().plusYears(1)));
                    return true;
                } catch (InvalidInput e) {
                    assertThat(e.errors().getFirst().messageKey()).isEqualTo("fund.award.beyondPot");
                    return false;
                }
            }));
        }
        start.countDown();
        int awarded = 0;
        for (Future<Boolean> f : results) {
            awarded += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertThat(awarded).isEqualTo(3);
        long sum = jdbc.sql("""
                        select coalesce(sum(awarded_ore), 0) from project.fund_application
                        where call_id = ? and decision = 'AWARDED'""").param(call.id()).query(Long.class).single();
        assertThat(sum)
                .isEqualTo(Nok.kroner(90_000).ore())
                .isLessThanOrEqualTo(Nok.kroner(100_000).ore());
        CallSummary after = funds.call(s.id(), call.id());
        assertThat(after.awarded()).isEqualTo(Nok.kroner(90_000));
        assertThat(after.remaining()).isEqualTo(Nok.kroner(10_000));
        assertThat(funds.applications(s.id(), call.id()).stream()
                        .filter(a -> a.decision() == Decision.PENDING)
                        .count())
                .isEqualTo(THREADS - 3);
    }

    @Test
    void simultaneousAwardsOfOneApplicationDecideItOnce() throws Exception {
        var s = fixtures.create();
        CallSummary call = fixtures.openCall(s, "Utviklingsmidler", 1_000_000);
        ApplicationSummary a = fixtures.apply(s, s.bardu(), call, "Tiltak", 50_000);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    funds.award(
                            s.id(),
                            a.id(),
                            new AwardCommand(Nok.kroner(50_000), funds.today().plusYears(1)));
                    return true;
                } catch (InvalidInput e) {
                    return false;
                }
            }));
        }
        start.countDown();
        int awarded = 0;
        for (Future<Boolean> f : results) {
            awarded += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertThat(awarded).isEqualTo(1);
        assertThat(funds.call(s.id(), call.id()).awarded()).isEqualTo(Nok.kroner(50_000));
    }
}
