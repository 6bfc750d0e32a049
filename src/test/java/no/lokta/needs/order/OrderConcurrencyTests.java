package no.lokta.needs.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.lokta.LoktaTest;
import no.lokta.needs.need.NeedManagement;
import no.lokta.platform.money.Nok;
import no.lokta.platform.web.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Offers sent at the same moment: one stands, the others are refused; a merge takes a need once. */
@LoktaTest
class OrderConcurrencyTests {

    static final int THREADS = 6;

    @Autowired
    Providers providers;

    @Autowired
    OrderManagement orders;

    @Autowired
    NeedManagement needs;

    @Autowired
    JdbcClient jdbc;

    @Test
    void simultaneousOffersLeaveOneOfferAndOneMail() throws Exception {
        var s = providers.create();
        OrderSummary order = providers.sent(s, "Kurs");
        int mails = providers.mailsTo(s.world().coordinator().email());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            long kroner = 1000L + i;
            results.add(pool.submit(() -> {
                start.await();
                try {
                    orders.offer(
                            s.id(),
                            s.college().id(),
                            order.id(),
                            new OfferCommand(
                                    Nok.kroner(kroner),
                                    "Tilbud",
                                    LocalDate.of(2030, 4, 10),
                                    LocalDate.of(2030, 4, 11)));
                    return true;
                } catch (InvalidInput e) {
                    return false;
                }
            }));
        }
        start.countDown();
        int accepted = 0;
        for (Future<Boolean> f : results) {
            accepted += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertThat(accepted).isEqualTo(1);
        assertThat(orders.order(s.id(), order.id()).status()).isEqualTo(OrderStatus.OFFER_RECEIVED);
        assertThat(providers.mailsTo(s.world().coordinator().email())).isEqualTo(mails + 1);
        assertThat(jdbc.sql("""
                                select count(*) from platform.audit_log
                                where collaboration_id = ? and entity_type = 'order' and entity_id = ?""")
                        .params(s.id(), order.id().toString())
                        .query(Integer.class)
                        .single())
                .as("created, sent, offered")
                .isEqualTo(3);
    }

    @Test
    void simultaneousMergesTakeANeedOnce() throws Exception {
        var s = providers.create();
        var second = needs.create(
                s.id(),
                new no.lokta.needs.need.NeedCommand(
                        "Sår",
                        "",
                        Set.of("Sykepleier"),
                        Set.of(s.malselv().id()),
                        8,
                        no.lokta.needs.need.NeedUrgency.LOW,
                        no.lokta.needs.need.NeedSource.MANUAL,
                        null,
                        no.lokta.needs.need.NeedStatus.OPEN));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    needs.merge(s.id(), Set.of(s.need().id(), second.id()), "Sårbehandling");
                    return true;
                } catch (InvalidInput e) {
                    return false;
                }
            }));
        }
        start.countDown();
        int merged = 0;
        for (Future<Boolean> f : results) {
            merged += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertThat(merged).isEqualTo(1);
        assertThat(providers.needRows(s.id())).isEqualTo(3);
    }
}
