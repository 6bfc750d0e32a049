package no.lokta.programme.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.TestWorld.World;
import no.lokta.programme.ActivityCommand;
import no.lokta.programme.ActivityKind;
import no.lokta.programme.ActivityStatus;
import no.lokta.programme.ActivitySummary;
import no.lokta.programme.Audience;
import no.lokta.programme.ProgrammeManagement;
import no.lokta.programme.RegistrationCommand;
import no.lokta.programme.RegistrationStatus;
import no.lokta.programme.RegistrationSummary;
import no.lokta.programme.SessionCommand;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The scheduled work, called directly with a fixed time. */
@LoktaTest
class ProgrammeJobsTests {

    private static final LocalDateTime START = LocalDateTime.of(2031, 3, 10, 9, 0);

    @Autowired
    ProgrammeJobs jobs;

    @Autowired
    ProgrammeManagement programme;

    @Autowired
    TestWorld worlds;

    @Autowired
    JdbcClient jdbc;

    private ActivityCommand command(
            String title,
            int capacity,
            Map<UUID, Integer> quotas,
            @Nullable LocalDate releaseOn,
            @Nullable Integer remind) {
        return new ActivityCommand(
                null,
                ActivityKind.COURSE,
                title,
                "",
                Audience.EMPLOYEES,
                List.of(new SessionCommand(START, START.plusHours(3), "Målselv", "")),
                capacity,
                quotas,
                releaseOn,
                null,
                null,
                false,
                BigDecimal.ONE,
                "",
                ActivityStatus.PUBLISHED,
                remind);
    }

    private RegistrationSummary register(ActivitySummary activity, String name, @Nullable UUID organisationId) {
        return programme.register(new RegistrationCommand(
                activity.id(),
                null,
                name,
                name.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org",
                organisationId));
    }

    @Test
    void reservedSeatsGoToTheWaitlistOnTheirReleaseDate() throws Exception {
        World world = worlds.create();
        UUID bardu = world.municipality().id();
        LocalDate today = programme.now().toLocalDate();
        ActivitySummary activity = programme.createActivity(
                world.id(), command("Reservert kurs", 1, Map.of(bardu, 1), today.plusDays(10), null));
        RegistrationSummary outsider = register(activity, "Utenfra", null);
        assertThat(outsider.status()).isEqualTo(RegistrationStatus.WAITLISTED);

        jobs.releaseReservedSeats(today);
        assertThat(programme.registration(world.id(), outsider.id()).status())
                .as("before the release date the seat stays Bardu's")
                .isEqualTo(RegistrationStatus.WAITLISTED);

        // the release date has come
        jdbc.sql("update programme.activity set quota_release_on = ? where id = ?")
                .params(today, activity.id())
                .update();
        assertThat(jobs.releaseReservedSeats(today)).isPositive();

        assertThat(programme.registration(world.id(), outsider.id()).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(awaitOutbox(outsider.email(), "Du har fått plass: Reservert kurs"))
                .isEqualTo(1);
        // a second run finds nothing more to do for it
        jobs.releaseReservedSeats(today);
        assertThat(programme.activity(world.id(), activity.id()).seatsLeft()).isZero();
    }

    @Test
    void eachReminderIsSentOnceEvenWhenTwoRunsMeet() throws Exception {
        World world = worlds.create();
        ActivitySummary activity =
                programme.createActivity(world.id(), command("Påminnelseskurs", 3, Map.of(), null, 2));
        ActivitySummary without =
                programme.createActivity(world.id(), command("Uten påminnelse", 3, Map.of(), null, null));
        List<RegistrationSummary> seated = List.of(
                register(activity, "Anne", null),
                register(activity, "Bjørn", null),
                register(activity, "Cecilie", null));
        RegistrationSummary waiting = register(activity, "Dag", null);
        RegistrationSummary cancelled = register(without, "Eva", null);
        assertThat(waiting.status()).isEqualTo(RegistrationStatus.WAITLISTED);

        // three days before is too early for a reminder two days before
        jobs.sendReminders(START.minusDays(3));
        assertThat(reminded(activity)).isZero();

        LocalDateTime twoDaysBefore = START.minusDays(2).withHour(7);
        List<Callable<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(() -> jobs.sendReminders(twoDaysBefore));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<Integer> run : pool.invokeAll(runs)) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jobs.sendReminders(twoDaysBefore.plusHours(1))).isZero();
        assertThat(jobs.sendReminders(START.minusHours(1))).isZero();

        for (RegistrationSummary r : seated) {
            assertThat(awaitOutbox(r.email(), "Påminnelse: Påminnelseskurs begynner 10.03.2031 kl. 09:00"))
                    .isEqualTo(1);
        }
        assertThat(reminded(activity)).isEqualTo(3);
        assertThat(outbox(waiting.email(), "Påminnelse%")).isZero();
        assertThat(outbox(cancelled.email(), "Påminnelse%")).isZero();
    }

    @Test
    void noReminderAfterTheStartOrForACancelledActivity() {
        World world = worlds.create();
        ActivitySummary activity = programme.createActivity(world.id(), command("Avlyses", 3, Map.of(), null, 5));
        RegistrationSummary r = register(activity, "Frida", null);
        programme.updateActivity(
                world.id(),
                activity.id(),
                new ActivityCommand(
                        null,
                        ActivityKind.COURSE,
                        "Avlyses",
                        "",
                        Audience.EMPLOYEES,
                        List.of(new SessionCommand(START, START.plusHours(3), "Målselv", "")),
                        3,
                        Map.of(),
                        null,
                        null,
                        null,
                        false,
                        BigDecimal.ONE,
                        "",
                        ActivityStatus.CANCELLED,
                        5));

        jobs.sendReminders(START.minusDays(1));
        jobs.sendReminders(START.plusHours(1));

        assertThat(jdbc.sql("select reminder_sent_at is null from programme.registration where id = ?")
                        .param(r.id())
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    private long reminded(ActivitySummary activity) {
        return jdbc.sql("select count(*) from programme.registration where activity_id = ?"
                        + " and reminder_sent_at is not null")
                .param(activity.id())
                .query(Long.class)
                .single();
    }

    private long outbox(String recipient, String subjectLike) {
        return jdbc.sql("select count(*) from platform.mail_outbox where recipient = ? and subject like ?")
                .params(recipient, subjectLike)
                .query(Long.class)
                .single();
    }

    /** How many mails with the subject the address got, once the asynchronous listener wrote one. */
    private long awaitOutbox(String recipient, String subject) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline) && outbox(recipient, subject) == 0) {
            Thread.sleep(100);
        }
        Thread.sleep(300); // a second one, if there were one, would come as fast
        return outbox(recipient, subject);
    }
}
