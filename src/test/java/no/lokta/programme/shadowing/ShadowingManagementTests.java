package no.lokta.programme.shadowing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.platform.web.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@LoktaTest
class ShadowingManagementTests {

    @Autowired
    ShadowingManagement shadowing;

    @Autowired
    Hosts hosts;

    @Autowired
    no.lokta.network.NetworkManagement networks;

    private static String key(InvalidInput e) {
        return e.errors().getFirst().field() + ":" + e.errors().getFirst().messageKey();
    }

    @Test
    void bothLeadersApproveInEitherOrderAndTheApplicantIsToldEachTime() {
        var s = hosts.create();
        PlacementSummary p = hosts.placement(s, s.malselv().id(), 2);
        ApplicationSummary a =
                hosts.apply(s, p, s.barduNurse(), s.world().municipality().id());
        assertThat(a.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(a.organisationName()).isEqualTo("Bardu");
        // both leaders are asked at once
        assertThat(hosts.lastMailTo(s.world().contact().email())).contains("Hospitering til godkjenning", "Bardu");
        assertThat(hosts.lastMailTo(s.malselvContact().email())).contains("Som vertens leder");
        assertThat(shadowing.awaiting(s.id(), s.malselvLeader()))
                .singleElement()
                .satisfies(w -> assertThat(w.sides()).containsExactly(Side.HOST));
        assertThat(shadowing.awaiting(s.id(), s.homeLeader())).singleElement().satisfies(w -> assertThat(w.sides())
                .containsExactly(Side.HOME));
        // the coordinator does not act where the organisations have leaders of their own
        assertThat(shadowing.awaiting(s.id(), s.coordinator())).isEmpty();

        ApplicationSummary hostFirst = shadowing.approve(s.id(), s.malselvLeader(), a.id());
        assertThat(hostFirst.status()).isEqualTo(ApplicationStatus.HOST_APPROVED);
        assertThat(hosts.lastMailTo(s.barduNurse().email())).contains("verten har godkjent");
        // a second click changes nothing
        assertThat(shadowing.approve(s.id(), s.malselvLeader(), a.id()).status())
                .isEqualTo(ApplicationStatus.HOST_APPROVED);
        assertThat(shadowing.awaiting(s.id(), s.malselvLeader())).isEmpty();

        ApplicationSummary accepted = shadowing.approve(s.id(), s.homeLeader(), a.id());
        assertThat(accepted.status()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(accepted.homeApprovedAt()).isNotNull();
        assertThat(accepted.hostApprovedAt()).isNotNull();
        assertThat(hosts.lastMailTo(s.barduNurse().email())).contains("du er tatt opp");
        assertThat(hosts.mailsTo(s.barduNurse().email())).isEqualTo(2);
        assertThat(shadowing.placement(s.id(), p.id()).placesLeft()).isEqualTo(1);
    }

    @Test
    void theWrongLeaderIsRefusedAndNothingChanges() {
        var s = hosts.create();
        PlacementSummary p = hosts.placement(s, s.malselv().id(), 2);
        ApplicationSummary a =
                hosts.apply(s, p, s.barduNurse(), s.world().municipality().id());
        // Målselv's contact leads the host, not the applicant's home: approving once covers the host only
        shadowing.approve(s.id(), s.malselvLeader(), a.id());
        // a coordinator may not act for organisations that have a leader
        assertThatThrownBy(() -> shadowing.approve(s.id(), s.coordinator(), a.id()))
                .isInstanceOf(AccessDeniedException.class);
        // a leader of a third organisation has no say
        var other = hosts.person(
                s.world(),
                "Ola Annen",
                no.lokta.platform.security.Role.MUNICIPALITY_CONTACT,
                hosts.create().malselv().id());
        assertThatThrownBy(() -> shadowing.approve(s.id(), Hosts.Setup.approver(other), a.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> shadowing.decline(s.id(), Hosts.Setup.approver(other), a.id(), "Nei"))
                .isInstanceOf(AccessDeniedException.class);
        // a participant is no leader
        assertThatThrownBy(() ->
                        shadowing.approve(s.id(), Hosts.Setup.approver(s.world().participant()), a.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(shadowing.applications(s.id(), p.id()))
                .singleElement()
                .extracting(ApplicationSummary::status)
                .isEqualTo(ApplicationStatus.HOST_APPROVED);
    }

    @Test
    void theCoordinatorActsForAHostWithoutAnAccount() {
        var s = hosts.create();
        PlacementSummary p = hosts.placement(s, s.hospital().id(), 1);
        ApplicationSummary a =
                hosts.apply(s, p, s.barduNurse(), s.world().municipality().id());
        // no leader at the hospital: the coordinators are asked in its place
        assertThat(hosts.lastMailTo(s.world().coordinator().email())).contains("Som vertens leder");
        assertThat(shadowing.awaiting(s.id(), s.coordinator())).singleElement().satisfies(w -> assertThat(w.sides())
                .containsExactly(Side.HOST));
        assertThat(shadowing.approve(s.id(), s.homeLeader(), a.id()).status())
                .isEqualTo(ApplicationStatus.HOME_APPROVED);
        assertThat(shadowing.approve(s.id(), s.coordinator(), a.id()).status()).isEqualTo(ApplicationStatus.ACCEPTED);
    }

    @Test
    void aDeclineNeedsAReasonAndTellsTheApplicant() {
        var s = hosts.create();
        PlacementSummary p = hosts.placement(s, s.malselv().id(), 2);
        ApplicationSummary a =
                hosts.apply(s, p, s.barduNurse(), s.world().municipality().id());
        assertThatThrownBy(() -> shadowing.decline(s.id(), s.homeLeader(), a.id(), "  "))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(key(e)).isEqualTo("reason:NotBlank"));
        assertThatThrownBy(() -> shadowing.decline(s.id(), s.homeLeader(), a.id(), "r".repeat(501)))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(key(e)).isEqualTo("reason:form.tooLong"));
        ApplicationSummary declined = shadowing.decline(s.id(), s.homeLeader(), a.id(), "Vi har for lite folk i mars.");
        assertThat(declined.status()).isEqualTo(ApplicationStatus.DECLINED);
        assertThat(declined.declinedBy()).isEqualTo(Side.HOME);
        assertThat(hosts.lastMailTo(s.barduNurse().email())).contains("avslått", "Vi har for lite folk i mars.");
        // nothing more to decide; the person may apply again
        assertThatThrownBy(() -> shadowing.approve(s.id(), s.malselvLeader(), a.id()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(key(e))
                        .isEqualTo("application:placement.decide.notAwaiting"));
        assertThat(hosts.apply(s, p, s.barduNurse(), s.world().municipality().id())
                        .id())
                .isNotEqualTo(a.id());
    }

    @Test
    void applyingIsRefusedAfterTheDeadlineOutsideThePeriodForADraftAndWhenFull() {
        var s = hosts.create();
        PlacementSummary p = hosts.placement(s, s.malselv().id(), 1);
        UUID bardu = s.world().municipality().id();
        ApplicationCommand c = hosts.application(p, s.barduNurse(), bardu);
        assertThatThrownBy(() -> shadowing.apply(s.id(), c, Hosts.DEADLINE.plusDays(1)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(key(e))
                        .isEqualTo("placement:placement.apply.deadlinePassed"));
        ApplicationCommand early = new ApplicationCommand(
                p.id(),
                s.barduNurse().accountId(),
                "Siri",
                s.barduNurse().email(),
                bardu,
                "Lære",
                Hosts.FROM.minusDays(1),
                Hosts.FROM.plusDays(1));
        assertThatThrownBy(() -> shadowing.apply(s.id(), early, Hosts.DEADLINE))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(key(e))
                        .isEqualTo("preferredFrom:placement.apply.outsidePeriod"));
        ApplicationCommand elsewhere = new ApplicationCommand(
                p.id(),
                s.barduNurse().accountId(),
                "Siri",
                s.barduNurse().email(),
                hosts.create().malselv().id(),
                "Lære",
                Hosts.FROM,
                Hosts.FROM);
        assertThatThrownBy(() -> shadowing.apply(s.id(), elsewhere, Hosts.DEADLINE))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(key(e))
                        .isEqualTo("organisationId:placement.apply.unknownOrganisation"));
        assertThat(hosts.applicationRows(p.id())).isZero();

        // a double submit gives the same application
        ApplicationSummary first = hosts.apply(s, p, s.barduNurse(), bardu);
        assertThat(hosts.apply(s, p, s.barduNurse(), bardu).id()).isEqualTo(first.id());
        shadowing.approve(s.id(), s.homeLeader(), first.id());
        shadowing.approve(s.id(), s.malselvLeader(), first.id());
        assertThatThrownBy(() -> hosts.apply(s, p, s.world().contact(), bardu))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(key(e)).isEqualTo("placement:placement.apply.full"));

        PlacementSummary draft = shadowing.createPlacement(
                s.id(),
                new PlacementCommand(
                        null,
                        s.malselv().id(),
                        "Utkast",
                        "",
                        Hosts.FROM,
                        Hosts.TO,
                        2,
                        Hosts.DEADLINE,
                        "",
                        "",
                        PlacementStatus.DRAFT));
        assertThatThrownBy(() -> hosts.apply(s, draft, s.barduNurse(), bardu))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(key(e))
                        .isEqualTo("placement:placement.apply.notPublished"));
        assertThat(hosts.applicationRows(p.id())).isEqualTo(1);
    }

    @Test
    void theSecondApprovalIsRefusedWhenThePlacesAreTaken() {
        var s = hosts.create();
        PlacementSummary p = hosts.placement(s, s.malselv().id(), 1);
        UUID bardu = s.world().municipality().id();
        ApplicationSummary a = hosts.apply(s, p, s.barduNurse(), bardu);
        ApplicationSummary b = hosts.apply(s, p, s.world().contact(), bardu);
        shadowing.approve(s.id(), s.homeLeader(), a.id());
        shadowing.approve(s.id(), s.homeLeader(), b.id());
        shadowing.approve(s.id(), s.malselvLeader(), a.id());
        assertThatThrownBy(() -> shadowing.approve(s.id(), s.malselvLeader(), b.id()))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(key(e)).isEqualTo("application:placement.decide.full"));
        assertThat(shadowing.applications(s.id(), p.id()))
                .extracting(ApplicationSummary::status)
                .containsExactlyInAnyOrder(ApplicationStatus.ACCEPTED, ApplicationStatus.HOME_APPROVED);
        // an edit cannot take given places back
        PlacementSummary two = hosts.placement(s, s.malselv().id(), 2);
        for (var applicant : java.util.List.of(s.barduNurse(), s.world().contact())) {
            ApplicationSummary x = hosts.apply(s, two, applicant, bardu);
            shadowing.approve(s.id(), s.homeLeader(), x.id());
            shadowing.approve(s.id(), s.malselvLeader(), x.id());
        }
        assertThatThrownBy(() -> shadowing.updatePlacement(
                        s.id(),
                        two.id(),
                        new PlacementCommand(
                                null,
                                s.malselv().id(),
                                "Demensavdelingen",
                                "",
                                Hosts.FROM,
                                Hosts.TO,
                                1,
                                Hosts.DEADLINE,
                                "",
                                "",
                                PlacementStatus.CLOSED)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(key(e))
                        .isEqualTo("capacity:placement.capacity.belowAccepted"));
        assertThat(shadowing.placement(s.id(), two.id()).capacity()).isEqualTo(2);
    }

    @Test
    void theReportFollowsTheLastDayAndIsTheApplicantsOwn() {
        var s = hosts.create();
        PlacementSummary p = hosts.placement(s, s.malselv().id(), 2);
        ApplicationSummary a =
                hosts.apply(s, p, s.barduNurse(), s.world().municipality().id());
        ReportCommand report = new ReportCommand("Miljøbehandling i praksis.", "Faste samtaler med pårørende.");
        UUID nurse = s.barduNurse().accountId();
        assertThatThrownBy(() -> shadowing.report(s.id(), nurse, a.id(), report, a.preferredTo()))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(key(e)).isEqualTo("learned:placement.report.notDue"));
        shadowing.approve(s.id(), s.homeLeader(), a.id());
        shadowing.approve(s.id(), s.malselvLeader(), a.id());
        assertThatThrownBy(() -> shadowing.report(
                        s.id(), nurse, a.id(), report, a.preferredTo().minusDays(1)))
                .isInstanceOf(InvalidInput.class);
        // someone else's application, or one from another collaboration, is not found
        assertThatThrownBy(() ->
                        shadowing.report(s.id(), s.world().contact().accountId(), a.id(), report, a.preferredTo()))
                .isInstanceOf(PlacementApplicationNotFound.class);
        assertThatThrownBy(() -> shadowing.report(hosts.create().id(), nurse, a.id(), report, a.preferredTo()))
                .isInstanceOf(PlacementApplicationNotFound.class);
        ApplicationSummary reported = shadowing.report(s.id(), nurse, a.id(), report, a.preferredTo());
        assertThat(reported.reportLearned()).isEqualTo("Miljøbehandling i praksis.");
        assertThat(shadowing.applications(s.id(), p.id())).singleElement().satisfies(x -> assertThat(x.reported())
                .isTrue());
    }

    @Test
    void anotherCollaborationsPlacementOrApplicationIsNotFound() {
        var s = hosts.create();
        var other = hosts.create();
        PlacementSummary p = hosts.placement(s, s.malselv().id(), 2);
        ApplicationSummary a =
                hosts.apply(s, p, s.barduNurse(), s.world().municipality().id());
        assertThatThrownBy(() -> shadowing.placement(other.id(), p.id())).isInstanceOf(PlacementNotFound.class);
        assertThatThrownBy(() -> shadowing.applications(other.id(), p.id())).isInstanceOf(PlacementNotFound.class);
        assertThatThrownBy(() -> shadowing.approve(other.id(), other.coordinator(), a.id()))
                .isInstanceOf(PlacementApplicationNotFound.class);
        assertThatThrownBy(() -> shadowing.apply(
                        other.id(),
                        hosts.application(
                                p,
                                other.barduNurse(),
                                other.world().municipality().id()),
                        Hosts.DEADLINE))
                .isInstanceOf(PlacementNotFound.class);
        // a host from another collaboration is refused on the field
        assertThatThrownBy(() -> hosts.placement(other, s.malselv().id(), 1))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(key(e))
                        .isEqualTo("hostOrganisationId:placement.host.unknown"));
        assertThat(hosts.placementRows(other.id())).isZero();
        assertThatThrownBy(() -> shadowing.placement(s.id(), UUID.randomUUID())).isInstanceOf(PlacementNotFound.class);
    }

    @Test
    void aPlacementMayBelongToANetworkOfTheSameCollaborationOnly() {
        var s = hosts.create();
        var other = hosts.create();
        UUID own = networks.createNetwork(
                        s.id(),
                        new no.lokta.network.NetworkCommand(
                                "Geriatri", "", "", no.lokta.network.NetworkStatus.ACTIVE, java.util.List.of()))
                .id();
        UUID foreign = networks.createNetwork(
                        other.id(),
                        new no.lokta.network.NetworkCommand(
                                "Geriatri", "", "", no.lokta.network.NetworkStatus.ACTIVE, java.util.List.of()))
                .id();
        PlacementSummary p = shadowing.createPlacement(s.id(), command(s, own));
        assertThat(p.networkId()).isEqualTo(own);
        assertThatThrownBy(() -> shadowing.createPlacement(s.id(), command(s, foreign)))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(key(e)).isEqualTo("networkId:placement.network.unknown"));
        assertThatThrownBy(() -> shadowing.updatePlacement(s.id(), p.id(), command(s, foreign)))
                .isInstanceOf(InvalidInput.class);
        assertThat(shadowing.placement(s.id(), p.id()).networkId()).isEqualTo(own);
        assertThat(hosts.placementRows(s.id())).isEqualTo(1);
    }

    private static PlacementCommand command(Hosts.Setup s, UUID networkId) {
        return new PlacementCommand(
                networkId,
                s.malselv().id(),
                "Demensavdelingen",
                "",
                Hosts.FROM,
                Hosts.TO,
                2,
                Hosts.DEADLINE,
                "",
                "",
                PlacementStatus.PUBLISHED);
    }
}
