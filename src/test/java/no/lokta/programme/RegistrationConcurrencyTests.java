package no.lokta.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.member.MemberManagement;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many people register at the last seats at once, some cancelling meanwhile: the database must
 * show no overbooking, reserved seats kept for their organisation, one registration per e-mail and a
 * waitlist in strict arrival order that nobody who could have a seat is left on.
 */
@LoktaTest
class RegistrationConcurrencyTests {

    private static final int THREADS = 32;
    private static final int PEOPLE = 200;
    private static final int DOUBLES = 10;
    private static final int CAPACITY = 12;
    private static final int EARLIER = 5;

    @Autowired
    ProgrammeManagement programme;

    @Autowired
    MemberManagement members;

    @Autowired
    TestWorld worlds;

    @Autowired
    JdbcClient jdbc;

    /** The activity and the organisations of one run. */
    private record Setup(UUID collaborationId, UUID activityId, UUID bardu, UUID malselv, List<UUID> earlier) {}

    @RepeatedTest(3)
    void concurrentRegistrationsNeverOverbookAndKeepTheWaitlistInOrder() throws Exception {
        Setup s = setup();
        run(s, false);
    }

    @RepeatedTest(3)
    void concurrentRegistrationsAndCancellationsKeepTheInvariants() throws Exception {
        Setup s = setup();
        run(s, true);
    }

    private Setup setup() {
        var world = worlds.create();
        UUID bardu = world.municipality().id();
        UUID malselv = members.addMunicipalityFromRegister(world.id(), "5524").id();
        // 12 seats: 3 for Bardu and 2 for Målselv until the release date, 7 open
        ActivitySummary activity = programme.createActivity(
                world.id(),
                new ActivityCommand(
                        null,
                        ActivityKind.COURSE,
                        "Kurs under press",
                        "",
                        Audience.EMPLOYEES,
                        List.of(new SessionCommand(
                                LocalDateTime.of(2030, 1, 10, 9, 0),
                                LocalDateTime.of(2030, 1, 10, 15, 0),
                                "Bardu",
                                "")),
                        CAPACITY,
                        Map.of(bardu, 3, malselv, 2),
                        LocalDate.of(2029, 12, 1),
                        null,
                        null,
                        false,
                        BigDecimal.ONE,
                        "",
                        ActivityStatus.PUBLISHED));
        // some open seats are already gone, so the crowd meets the last few
        List<UUID> earlier = new ArrayList<>();
        for (int i = 0; i < EARLIER; i++) {
            earlier.add(programme
                    .register(new RegistrationCommand(
                            activity.id(), null, "Tidlig " + i, "tidlig-" + i + "@example.org", null))
                    .id());
        }
        return new Setup(world.id(), activity.id(), bardu, malselv, earlier);
    }

    private void run(Setup s, boolean withCancellations) throws Exception {
        List<Callable<@Nullable RegistrationSummary>> tasks = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            UUID organisation =
                    switch (i % 5) {
                        case 0 -> s.bardu();
                        case 1 -> s.malselv();
                        default -> null;
                    };
            RegistrationCommand command = new RegistrationCommand(
                    s.activityId(), null, "Person " + i, "Person-" + i + "@Example.org", organisation);
            tasks.add(() -> programme.register(command));
            if (i < DOUBLES) {
                // the same person again, as a double submit: differently cased
                RegistrationCommand again = new RegistrationCommand(
                        s.activityId(), null, "Person " + i, "person-" + i + "@example.org", organisation);
                tasks.add(() -> programme.register(again));
            }
        }
        if (withCancellations) {
            for (UUID id : s.earlier()) {
                tasks.add(() -> {
                    programme.cancel(s.collaborationId(), id);
                    return null;
                });
            }
        }
        java.util.Collections.shuffle(tasks);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long began;
        List<Future<@Nullable RegistrationSummary>> results = new ArrayList<>();
        try {
            for (Callable<@Nullable RegistrationSummary> task : tasks) {
                results.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            began = System.nanoTime();
            start.countDown();
            for (Future<@Nullable RegistrationSummary> result : results) {
                result.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        long millis = (System.nanoTime() - began) / 1_000_000;

        List<Row> rows = jdbc.sql("""
                        select email, organisation_id, status, sequence, seat_organisation_id, registered_at
                        from programme.registration where activity_id = ? order by sequence""")
                .param(s.activityId())
                .query((rs, n) -> new Row(
                        rs.getString("email"),
                        rs.getObject("organisation_id", UUID.class),
                        RegistrationStatus.valueOf(rs.getString("status")),
                        rs.getLong("sequence"),
                        rs.getObject("seat_organisation_id", UUID.class),
                        rs.getTimestamp("registered_at").toLocalDateTime()))
                .list();

        // each e-mail registered once, everyone who asked is there
        assertThat(rows).hasSize(PEOPLE + EARLIER);
        assertThat(rows.stream().map(Row::email).collect(Collectors.toSet())).hasSize(PEOPLE + EARLIER);

        // no overbooking; reserved seats only for their organisation, open seats within their share
        List<Row> holding = rows.stream().filter(r -> r.status().holdsSeat()).toList();
        assertThat(holding).hasSizeLessThanOrEqualTo(CAPACITY);
        Map<@Nullable UUID, Long> byQuota = new HashMap<>();
        holding.forEach(r -> byQuota.merge(r.seatOrganisationId(), 1L, Long::sum));
        assertThat(byQuota.getOrDefault(s.bardu(), 0L)).isLessThanOrEqualTo(3);
        assertThat(byQuota.getOrDefault(s.malselv(), 0L)).isLessThanOrEqualTo(2);
        assertThat(byQuota.getOrDefault(null, 0L)).isLessThanOrEqualTo(CAPACITY - 5);
        assertThat(holding)
                .filteredOn(r -> r.seatOrganisationId() != null)
                .allSatisfy(r -> assertThat(r.seatOrganisationId()).isEqualTo(r.organisationId()));
        // with this many people every seat is taken
        assertThat(holding).hasSize(CAPACITY);

        // arrival order: sequences strictly increasing with time, no gaps
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).sequence()).isEqualTo(rows.get(i - 1).sequence() + 1);
            assertThat(rows.get(i).registeredAt())
                    .isAfterOrEqualTo(rows.get(i - 1).registeredAt());
        }

        // the waitlist: positions 1..n in arrival order, and nobody on it who could have had a seat
        List<RegistrationSummary> waiting = programme.registrations(s.collaborationId(), s.activityId()).stream()
                .filter(r -> r.status() == RegistrationStatus.WAITLISTED)
                .toList();
        for (int i = 0; i < waiting.size(); i++) {
            assertThat(waiting.get(i).waitlistPosition()).isEqualTo(i + 1);
            if (i > 0) {
                assertThat(waiting.get(i).sequence())
                        .isGreaterThan(waiting.get(i - 1).sequence());
            }
        }
        Set<String> cancelled = rows.stream()
                .filter(r -> r.status() == RegistrationStatus.CANCELLED)
                .map(Row::email)
                .collect(Collectors.toSet());
        assertThat(cancelled).hasSize(withCancellations ? EARLIER : 0);
        assertThat(waiting).hasSize(PEOPLE + EARLIER - CAPACITY - cancelled.size());
        // someone waiting from Bardu or Målselv means their quota is full; anyone waiting: open seats are full
        if (!waiting.isEmpty()) {
            assertThat(byQuota.getOrDefault(null, 0L)).isEqualTo(CAPACITY - 5);
        }
        // a seat held by someone who came after a waiting person must be one that person could not take
        for (RegistrationSummary w : waiting) {
            assertThat(holding).filteredOn(h -> h.sequence() > w.sequence()).allSatisfy(h -> {
                assertThat(h.seatOrganisationId()).isNotNull();
                assertThat(h.seatOrganisationId()).isNotEqualTo(w.organisationId());
            });
        }
        org.slf4j.LoggerFactory.getLogger(getClass())
                .info(
                        "{} calls ({} registrations, {} double submits, {} cancellations) on {} threads in {} ms:"
                                + " {} holding, {} waiting",
                        tasks.size(),
                        PEOPLE,
                        DOUBLES,
                        withCancellations ? EARLIER : 0,
                        THREADS,
                        millis,
                        holding.size(),
                        waiting.size());
    }

    private record Row(
            String email,
            @Nullable UUID organisationId,
            RegistrationStatus status,
            long sequence,
            @Nullable UUID seatOrganisationId,
            LocalDateTime registeredAt) {}
}
