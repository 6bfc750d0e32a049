package no.lokta.needs.order;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.needs.need.NeedCommand;
import no.lokta.needs.need.NeedManagement;
import no.lokta.needs.need.NeedSource;
import no.lokta.needs.need.NeedStatus;
import no.lokta.needs.need.NeedSummary;
import no.lokta.needs.need.NeedUrgency;
import no.lokta.platform.money.Nok;
import no.lokta.programme.ActivityCommand;
import no.lokta.programme.ActivityStatus;
import no.lokta.programme.ActivitySummary;
import no.lokta.programme.ProgrammeManagement;
import no.lokta.programme.RegistrationCommand;
import no.lokta.programme.RegistrationSummary;
import no.lokta.programme.attendance.AttendanceManagement;
import no.lokta.programme.evaluation.EvaluationManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Needs settled by who attended, once the activity their order became is completed. */
@LoktaTest
class NeedCoverageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Providers providers;

    @Autowired
    OrderManagement orders;

    @Autowired
    NeedManagement needs;

    @Autowired
    ProgrammeManagement programme;

    @Autowired
    AttendanceManagement attendance;

    @Autowired
    EvaluationManagement evaluations;

    private NeedSummary need(Providers.Setup s, String topic, UUID municipality, int people) {
        return needs.create(
                s.id(),
                new NeedCommand(
                        topic,
                        "",
                        Set.of("Sykepleier"),
                        Set.of(municipality),
                        people,
                        NeedUrgency.MEDIUM,
                        NeedSource.MANUAL,
                        null,
                        NeedStatus.OPEN));
    }

    /** An order of the needs, offered, accepted and made a published activity. */
    private OrderSummary accepted(Providers.Setup s, Set<UUID> needIds) {
        OrderCommand c = providers.order(s, s.college().id(), "Sårbehandling i hjemmetjenesten");
        OrderSummary o = orders.create(
                s.id(),
                new OrderCommand(
                        c.providerId(),
                        needIds,
                        c.title(),
                        c.audience(),
                        c.description(),
                        c.periodFrom(),
                        c.periodTo(),
                        c.place(),
                        c.mode(),
                        c.budget()));
        orders.step(s.id(), o.id(), OrderStatus.SENT);
        orders.offer(
                s.id(),
                s.college().id(),
                o.id(),
                new OfferCommand(Nok.kroner(50_000), "To dager", Providers.FROM, Providers.FROM.plusDays(1)));
        orders.step(s.id(), o.id(), OrderStatus.ACCEPTED);
        OrderSummary made = orders.createActivity(s.id(), o.id());
        UUID activityId = java.util.Objects.requireNonNull(made.activityId());
        ActivitySummary draft = programme.activity(s.id(), activityId);
        ActivityCommand d = OrderManagement.activityOf(made, needs.needs(s.id(), new LinkedHashSet<>(needIds)));
        programme.updateActivity(
                s.id(),
                draft.id(),
                new ActivityCommand(
                        d.networkId(),
                        d.kind(),
                        d.title(),
                        d.description(),
                        d.audience(),
                        d.sessions(),
                        20,
                        d.quotas(),
                        d.quotaReleaseOn(),
                        d.registrationOpens(),
                        d.registrationCloses(),
                        d.leaderApproval(),
                        d.certificateHours(),
                        d.contactEmail(),
                        ActivityStatus.PUBLISHED));
        return made;
    }

    private RegistrationSummary register(UUID activityId, String name, UUID organisationId) {
        String email = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "-"
                + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        return programme.register(new RegistrationCommand(activityId, null, name, email, organisationId));
    }

    private NeedSummary settled(Providers.Setup s, UUID needId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            NeedSummary need = needs.need(s.id(), needId);
            if (need.status() != NeedStatus.ORDERED) {
                return need;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("need " + needId + " still ordered");
    }

    @Test
    void aCompletedActivityCoversTheNeedsWhoseMunicipalitiesCameInNumbers() throws Exception {
        Providers.Setup s = providers.create();
        UUID bardu = s.world().municipality().id();
        UUID malselv = s.malselv().id();
        // the setup's need: 4 from Bardu; a need of 2 from Bardu; a need of 3 from Målselv
        NeedSummary barduTwo = need(s, "Sår i Bardu", bardu, 2);
        NeedSummary malselvThree = need(s, "Sår i Målselv", malselv, 3);
        OrderSummary order = accepted(s, Set.of(s.need().id(), barduTwo.id(), malselvThree.id()));
        UUID activityId = java.util.Objects.requireNonNull(order.activityId());
        assertThat(needs.need(s.id(), barduTwo.id()).status()).isEqualTo(NeedStatus.ORDERED);

        RegistrationSummary anne = register(activityId, "Anne Ansatt", bardu);
        RegistrationSummary bjorn = register(activityId, "Bjørn Berg", bardu);
        RegistrationSummary cecilie = register(activityId, "Cecilie Dahl", bardu);
        RegistrationSummary dag = register(activityId, "Dag Eng", malselv);
        register(activityId, "Eva Fjell", malselv);
        ActivitySummary activity = programme.activity(s.id(), activityId);
        UUID session = activity.sessions().getFirst().id();
        attendance.save(s.id(), activityId, session, List.of(anne.id(), bjorn.id(), cecilie.id(), dag.id()), null);

        evaluations.complete(s.id(), activityId);

        // 3 from Bardu came: enough for the need of 2, not for the need of 4
        NeedSummary two = settled(s, barduTwo.id());
        assertThat(two.status()).isEqualTo(NeedStatus.COVERED);
        assertThat(two.attended()).isEqualTo(3);
        NeedSummary four = settled(s, s.need().id());
        assertThat(four.status()).isEqualTo(NeedStatus.NOT_COVERED);
        assertThat(four.attended()).isEqualTo(3);
        // Bardu's people do not count for Målselv's need: 1 of 3
        NeedSummary three = settled(s, malselvThree.id());
        assertThat(three.status()).isEqualTo(NeedStatus.NOT_COVERED);
        assertThat(three.attended()).isEqualTo(1);
        // the order took its next step
        assertThat(orders.order(s.id(), order.id()).status()).isEqualTo(OrderStatus.DELIVERED);

        assertThat(mvc.get()
                        .uri("/needs/needs/" + barduTwo.id())
                        .with(as(s.world().coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("Deltakelse", "Dekket: 3 av 2 deltok");
        assertThat(mvc.get()
                        .uri("/needs/needs/" + malselvThree.id() + "?lang=en")
                        .with(as(s.world().coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("Not covered: 1 of 3 attended");
        // the pages stay closed to other roles and collaborations
        var other = providers.create();
        assertThat(mvc.get()
                        .uri("/needs/needs/" + barduTwo.id())
                        .with(as(other.world().coordinator())))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/needs/needs/" + barduTwo.id())
                        .with(as(s.world().participant())))
                .hasStatus(403);
    }

    @Test
    void aNeedNotOrderedKeepsItsStatusAndAnActivityOfNoOrderChangesNothing() throws Exception {
        Providers.Setup s = providers.create();
        UUID bardu = s.world().municipality().id();
        OrderSummary order = accepted(s, Set.of(s.need().id()));
        UUID activityId = java.util.Objects.requireNonNull(order.activityId());
        // a need of no order stays open, whoever came
        NeedSummary open = need(s, "Ikke bestilt", bardu, 1);
        RegistrationSummary anne = register(activityId, "Anne Ansatt", bardu);
        attendance.save(
                s.id(),
                activityId,
                programme.activity(s.id(), activityId).sessions().getFirst().id(),
                List.of(anne.id()),
                null);

        evaluations.complete(s.id(), activityId);

        NeedSummary four = settled(s, s.need().id());
        assertThat(four.status()).isEqualTo(NeedStatus.NOT_COVERED);
        assertThat(four.attended()).isEqualTo(1);
        assertThat(needs.need(s.id(), open.id()).status()).isEqualTo(NeedStatus.OPEN);
        assertThat(needs.need(s.id(), open.id()).attended()).isNull();
    }
}
