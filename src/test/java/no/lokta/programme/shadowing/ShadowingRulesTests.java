package no.lokta.programme.shadowing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The rules of placements, applications and reports, without a database. */
class ShadowingRulesTests {

    private static final UUID HOST = UUID.randomUUID();
    private static final LocalDate MARCH_1 = LocalDate.of(2030, 3, 1);
    private static final LocalDate MARCH_26 = LocalDate.of(2030, 3, 26);

    static PlacementCommand placement(LocalDate from, LocalDate to, int capacity, LocalDate deadline) {
        return new PlacementCommand(
                null, HOST, "Geriatrisk avdeling", "", from, to, capacity, deadline, "", "", PlacementStatus.PUBLISHED);
    }

    private static Object[] problems(Runnable r) {
        try {
            r.run();
        } catch (InvalidInput e) {
            return e.errors().stream()
                    .map(p -> p.field() + ":" + p.messageKey())
                    .toArray();
        }
        return new Object[0];
    }

    @Test
    void aSoundPlacementIsKeptTrimmed() {
        PlacementCommand c = new PlacementCommand(
                null,
                HOST,
                "  Geriatrisk avdeling ",
                " Fire uker ",
                MARCH_1,
                MARCH_1,
                1,
                MARCH_1,
                " Hanne ",
                " Hanne@Example.ORG ",
                PlacementStatus.DRAFT);
        assertThat(c.unit()).isEqualTo("Geriatrisk avdeling");
        assertThat(c.contactEmail()).isEqualTo("hanne@example.org");
    }

    @Test
    void theEndOfThePeriodMayNotComeBeforeItsStart() {
        assertThat(problems(() -> placement(MARCH_26, MARCH_1, 2, MARCH_1)))
                .contains("periodTo:placement.period.endBeforeStart");
    }

    @ParameterizedTest
    @CsvSource({"0", "-1", "-100", "1001"})
    void capacityMustBePositiveAndSensible(int capacity) {
        assertThat(problems(() -> placement(MARCH_1, MARCH_26, capacity, MARCH_1)))
                .containsExactly("capacity:placement.capacity.range");
    }

    @ParameterizedTest
    @CsvSource({"1", "3", "1000"})
    void capacityWithinTheRangeIsAccepted(int capacity) {
        assertThat(placement(MARCH_1, MARCH_26, capacity, MARCH_1).capacity()).isEqualTo(capacity);
    }

    @Test
    void theDeadlineMayNotFallAfterThePeriod() {
        assertThat(problems(() -> placement(MARCH_1, MARCH_26, 2, MARCH_26.plusDays(1))))
                .containsExactly("applicationDeadline:placement.deadline.afterPeriod");
    }

    @Test
    void blankOrLongTextsAndBadAddressesAreRefused() {
        assertThat(problems(() -> new PlacementCommand(
                        null,
                        HOST,
                        " ",
                        "x".repeat(4001),
                        MARCH_1,
                        MARCH_26,
                        2,
                        MARCH_1,
                        "y".repeat(201),
                        "not-an-address",
                        PlacementStatus.DRAFT)))
                .containsExactlyInAnyOrder(
                        "unit:NotBlank",
                        "description:form.tooLong",
                        "contactName:form.tooLong",
                        "contactEmail:form.email.invalid");
        assertThat(problems(() -> new PlacementCommand(
                        null, HOST, "u".repeat(201), "", MARCH_1, MARCH_26, 2, MARCH_1, "", "", PlacementStatus.DRAFT)))
                .containsExactly("unit:form.tooLong");
    }

    private static ApplicationCommand application(String motivation, LocalDate from, LocalDate to) {
        return new ApplicationCommand(
                UUID.randomUUID(), UUID.randomUUID(), "Siri", "Siri@Example.org", HOST, motivation, from, to);
    }

    @Test
    void anApplicationNeedsAMotivationOfAtMost2000Characters() {
        assertThat(problems(() -> application("   ", MARCH_1, MARCH_26))).containsExactly("motivation:NotBlank");
        assertThat(problems(() -> application("m".repeat(2001), MARCH_1, MARCH_26)))
                .containsExactly("motivation:form.tooLong");
        assertThat(application("m".repeat(2000), MARCH_1, MARCH_26).motivation())
                .hasSize(2000);
        assertThat(application(" Lære ", MARCH_1, MARCH_26).email()).isEqualTo("siri@example.org");
    }

    @Test
    void anApplicationNeedsAnOrganisationAndASoundPeriod() {
        assertThat(problems(() -> new ApplicationCommand(
                        UUID.randomUUID(), UUID.randomUUID(), "Siri", "s@example.org", null, "Lære", null, null)))
                .containsExactlyInAnyOrder("organisationId:NotNull", "preferredFrom:NotNull", "preferredTo:NotNull");
        assertThat(problems(() -> application("Lære", MARCH_26, MARCH_1)))
                .containsExactly("preferredTo:placement.period.endBeforeStart");
    }

    @Test
    void aReportNeedsWhatWasLearnedAndStaysShort() {
        assertThat(problems(() -> new ReportCommand("", ""))).containsExactly("learned:NotBlank");
        assertThat(problems(() -> new ReportCommand("a".repeat(2001), "b".repeat(2001))))
                .containsExactlyInAnyOrder("learned:form.tooLong", "useAtHome:form.tooLong");
        assertThat(new ReportCommand(" Mye ", " ").useAtHome()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ApplicationStatus.class)
    void bothSidesAwaitOnlyWhileSubmitted(ApplicationStatus status) {
        boolean home = status.awaits(Side.HOME);
        boolean host = status.awaits(Side.HOST);
        switch (status) {
            case SUBMITTED -> assertThat(home && host).isTrue();
            case HOME_APPROVED -> assertThat(!home && host).isTrue();
            case HOST_APPROVED -> assertThat(home && !host).isTrue();
            default -> assertThat(home || host || status.awaiting()).isFalse();
        }
    }

    private static PlacementSummary summary(PlacementStatus status, int capacity, int accepted) {
        return new PlacementSummary(
                UUID.randomUUID(),
                UUID.randomUUID(),
                null,
                HOST,
                "UNN",
                "Geriatri",
                "",
                MARCH_1,
                MARCH_26,
                capacity,
                LocalDate.of(2030, 2, 1),
                "",
                "",
                status,
                accepted);
    }

    @Test
    void aPlacementIsOpenWhilePublishedBeforeTheDeadlineAndNotFull() {
        LocalDate deadline = LocalDate.of(2030, 2, 1);
        assertThat(summary(PlacementStatus.PUBLISHED, 2, 1).openOn(deadline)).isTrue();
        assertThat(summary(PlacementStatus.PUBLISHED, 2, 1).openOn(deadline.plusDays(1)))
                .isFalse();
        assertThat(summary(PlacementStatus.PUBLISHED, 2, 2).openOn(deadline)).isFalse();
        assertThat(summary(PlacementStatus.DRAFT, 2, 0).openOn(deadline)).isFalse();
        assertThat(summary(PlacementStatus.CLOSED, 2, 0).openOn(deadline)).isFalse();
        assertThat(summary(PlacementStatus.PUBLISHED, 2, 5).placesLeft()).isZero();
    }

    @Test
    void theReportIsDueFromTheLastDayOfAnAcceptedPlacement() {
        ApplicationSummary accepted = new ApplicationSummary(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Geriatri",
                "UNN",
                UUID.randomUUID(),
                "Siri",
                "s@example.org",
                HOST,
                "Bardu",
                "Lære",
                MARCH_1,
                MARCH_26,
                ApplicationStatus.ACCEPTED,
                LocalDateTime.now(),
                LocalDateTime.now(),
                null,
                "",
                LocalDateTime.now(),
                null,
                null,
                null);
        assertThat(accepted.reportDueOn(MARCH_26.minusDays(1))).isFalse();
        assertThat(accepted.reportDueOn(MARCH_26)).isTrue();
        assertThat(accepted.reported()).isFalse();
    }

    @Test
    void onlyLeadersSpeakForAnOrganisation() {
        UUID collaboration = UUID.randomUUID();
        UUID org = UUID.randomUUID();
        UUID me = UUID.randomUUID();
        Approver contact =
                Approver.of(me, new CollaborationAccess(collaboration, "C", Set.of(Role.MUNICIPALITY_CONTACT), org));
        assertThat(contact.organisationId()).isEqualTo(org);
        assertThat(contact.mayApprove()).isTrue();
        Approver partner = Approver.of(me, new CollaborationAccess(collaboration, "C", Set.of(Role.PARTNER), org));
        assertThat(partner.organisationId()).isEqualTo(org);
        Approver participant =
                Approver.of(me, new CollaborationAccess(collaboration, "C", Set.of(Role.PARTICIPANT), org));
        assertThat(participant.organisationId()).isNull();
        assertThat(participant.mayApprove()).isFalse();
        Approver coordinator =
                Approver.of(me, new CollaborationAccess(collaboration, "C", Set.of(Role.COORDINATOR), null));
        assertThat(coordinator.coordinator()).isTrue();
        assertThat(coordinator.mayApprove()).isTrue();
    }

    @Test
    void problemsNameTheirFields() {
        assertThatThrownBy(() -> placement(MARCH_26, MARCH_1, 0, MARCH_1))
                .isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e)
                        .errors().stream().map(FieldProblem::field).toList())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrder("periodTo", "capacity");
    }
}
