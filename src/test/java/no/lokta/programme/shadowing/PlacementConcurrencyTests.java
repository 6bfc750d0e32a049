package no.lokta.programme.shadowing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.lokta.LoktaTest;
import no.lokta.platform.security.LoktaUser;
import no.lokta.platform.security.Role;
import no.lokta.platform.web.InvalidInput;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fifty applicants, each approved at home, get the host's approval at the same moment for three
 * places: the database must show exactly three accepted, and every other approval refused with
 * nothing changed.
 */
@LoktaTest
class PlacementConcurrencyTests {

    private static final int APPLICANTS = 50;
    private static final int CAPACITY = 3;
    private static final int THREADS = 25;

    @Autowired
    ShadowingManagement shadowing;

    @Autowired
    Hosts hosts;

    @Autowired
    JdbcClient jdbc;

    @RepeatedTest(3)
    void acceptedApplicationsNeverExceedTheCapacity() throws Exception {
        var s = hosts.create();
        PlacementSummary p = hosts.placement(s, s.malselv().id(), CAPACITY);
        UUID bardu = s.world().municipality().id();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < APPLICANTS; i++) {
            LoktaUser applicant = hosts.person(s.world(), "Søker " + i, Role.PARTICIPANT, bardu);
            ApplicationSummary a = hosts.apply(s, p, applicant, bardu);
            shadowing.approve(s.id(), s.homeLeader(), a.id());
            ids.add(a.id());
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (UUID id : ids) {
            tasks.add(() -> {
                start.await();
                try {
                    shadowing.approve(s.id(), s.malselvLeader(), id);
                    return true;
                } catch (InvalidInput e) {
                    assertThat(e.errors().getFirst().messageKey()).isEqualTo("placement.decide.full");
                    return false;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            tasks.forEach(t -> results.add(pool.submit(t)));
            start.countDown();
            int accepted = 0;
            for (Future<Boolean> f : results) {
                if (f.get(60, TimeUnit.SECONDS)) {
                    accepted++;
                }
            }
            assertThat(accepted).isEqualTo(CAPACITY);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count(p.id(), "ACCEPTED")).isEqualTo(CAPACITY);
        assertThat(count(p.id(), "HOME_APPROVED")).isEqualTo(APPLICANTS - CAPACITY);
        assertThat(shadowing.placement(s.id(), p.id()).placesLeft()).isZero();
        // only the three accepted got that mail
        assertThat(jdbc.sql("""
                        select count(*) from platform.mail_outbox o join programme.placement_application a
                          on lower(a.email) = lower(o.recipient)
                        where a.placement_id = ? and o.subject like 'Hospitering: du er tatt opp%'""").param(p.id()).query(Integer.class).single()).isEqualTo(CAPACITY);
    }

    private int count(UUID placementId, String status) {
        return jdbc.sql("select count(*) from programme.placement_application where placement_id = ? and status = ?")
                .params(placementId, status)
                .query(Integer.class)
                .single();
    }
}
