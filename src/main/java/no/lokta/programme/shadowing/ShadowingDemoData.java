package no.lokta.programme.shadowing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.lokta.member.CollaborationSummary;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationSummary;
import no.lokta.network.NetworkManagement;
import no.lokta.network.NetworkSummary;
import no.lokta.people.PeopleManagement;
import no.lokta.platform.demo.DemoData;
import no.lokta.platform.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * LØKTA's job shadowing: UNN HF hosts placements in geriatrics and Målselv in its dementia unit; an
 * invented nurse from Bardu has applied for one, and reported from an earlier one.
 */
@Component
@Order(60)
class ShadowingDemoData implements DemoData {

    static final String HOSPITAL_TRUST = "Universitetssykehuset Nord-Norge HF";

    private final ShadowingManagement shadowing;
    private final MemberManagement members;
    private final NetworkManagement networks;
    private final PeopleManagement people;

    ShadowingDemoData(
            ShadowingManagement shadowing,
            MemberManagement members,
            NetworkManagement networks,
            PeopleManagement people) {
        this.shadowing = shadowing;
        this.members = members;
        this.networks = networks;
        this.people = people;
    }

    @Override
    public List<String> load() {
        CollaborationSummary lokta = members.collaborationNamed("LØKTA").orElseThrow();
        UUID id = lokta.id();
        List<OrganisationSummary> organisations = members.organisations(id);
        UUID unn = organisations.stream()
                .filter(o -> o.name().equals(HOSPITAL_TRUST))
                .map(OrganisationSummary::id)
                .findFirst()
                .orElseThrow();
        UUID bardu = byNumber(organisations, "5520");
        UUID malselv = byNumber(organisations, "5524");
        @Nullable
        UUID geriatricsNetwork = networks.networks(id).stream()
                .filter(n -> n.name().equals("Fagnettverk geriatri"))
                .map(NetworkSummary::id)
                .findFirst()
                .orElse(null);

        PlacementSummary geriatrics = shadowing.createPlacement(
                id,
                new PlacementCommand(
                        geriatricsNetwork,
                        unn,
                        "Geriatrisk avdeling, Medisinsk klinikk, Tromsø",
                        "Fire uker i sengeposten med tverrfaglig team: utredning av skrøpelige eldre, legemiddelgjennomgang"
                                + " og planlegging av utskrivning til kommunen.",
                        LocalDate.of(2027, 3, 1),
                        LocalDate.of(2027, 3, 26),
                        3,
                        LocalDate.of(2027, 2, 1),
                        "Hanne Eriksen",
                        "hanne.eriksen@example.org",
                        PlacementStatus.PUBLISHED));
        shadowing.createPlacement(
                id,
                new PlacementCommand(
                        null,
                        malselv,
                        "Demensavdelingen, Målselv sykehjem",
                        "En uke i skjermet enhet: miljøbehandling, samarbeid med pårørende og bruk av velferdsteknologi.",
                        LocalDate.of(2027, 4, 12),
                        LocalDate.of(2027, 4, 16),
                        2,
                        LocalDate.of(2027, 3, 15),
                        "Mona Lie",
                        "mona.lie@example.org",
                        PlacementStatus.PUBLISHED));
        shadowing.createPlacement(
                id,
                new PlacementCommand(
                        null,
                        unn,
                        "Lindrende enhet, Harstad",
                        "Utkast: to uker med det palliative teamet.",
                        LocalDate.of(2027, 9, 6),
                        LocalDate.of(2027, 9, 17),
                        1,
                        LocalDate.of(2027, 8, 15),
                        "Hanne Eriksen",
                        "hanne.eriksen@example.org",
                        PlacementStatus.DRAFT));
        PlacementSummary earlier = shadowing.createPlacement(
                id,
                new PlacementCommand(
                        geriatricsNetwork,
                        unn,
                        "Geriatrisk poliklinikk, Tromsø",
                        "En uke på poliklinikken: kognitiv utredning og oppfølging av eldre med sammensatte behov.",
                        LocalDate.of(2026, 10, 5),
                        LocalDate.of(2026, 10, 9),
                        2,
                        LocalDate.of(2026, 9, 15),
                        "Hanne Eriksen",
                        "hanne.eriksen@example.org",
                        PlacementStatus.PUBLISHED));

        UUID nurse = people.accountIdByEmail("siri.hansen@example.org")
                .orElseGet(() -> people.createAccount("siri.hansen@example.org", "Siri Hansen", null));
        people.grant(nurse, id, Role.PARTICIPANT, bardu);
        Approver barduLeader = leader("kommunekontakt@lokta.no", bardu);
        Approver unnLeader = leader("partner@lokta.no", unn);

        // an earlier placement, accepted by both leaders and reported on
        ApplicationSummary past = shadowing.apply(
                id,
                new ApplicationCommand(
                        earlier.id(),
                        nurse,
                        "Siri Hansen",
                        "siri.hansen@example.org",
                        bardu,
                        "Jeg arbeider i hjemmetjenesten og vil lære mer om kognitiv utredning av eldre.",
                        LocalDate.of(2026, 10, 5),
                        LocalDate.of(2026, 10, 9)),
                LocalDate.of(2026, 9, 1));
        shadowing.approve(id, barduLeader, past.id());
        shadowing.approve(id, unnLeader, past.id());
        shadowing.report(
                id,
                nurse,
                past.id(),
                new ReportCommand(
                        "Hvordan poliklinikken bruker enkle kognitive tester, og hvor mye en strukturert"
                                + " samtale med pårørende gir.",
                        "En fast sjekkliste før henvisning, og at vi tar med pårørende tidligere."),
                LocalDate.of(2026, 10, 9));
        shadowing.updatePlacement(id, earlier.id(), command(earlier, PlacementStatus.CLOSED));

        // a new application, approved at home and waiting for the host
        ApplicationSummary next = shadowing.apply(
                id,
                new ApplicationCommand(
                        geriatrics.id(),
                        nurse,
                        "Siri Hansen",
                        "siri.hansen@example.org",
                        bardu,
                        "Vi får flere skrøpelige eldre hjem etter sykehusopphold, og jeg vil se hvordan"
                                + " sykehuset planlegger utskrivning.",
                        LocalDate.of(2027, 3, 8),
                        LocalDate.of(2027, 3, 12)),
                LocalDate.of(2026, 12, 1));
        shadowing.approve(id, barduLeader, next.id());
        return List.of();
    }

    private Approver leader(String email, UUID organisationId) {
        return new Approver(people.accountIdByEmail(email).orElseThrow(), false, organisationId);
    }

    private static UUID byNumber(List<OrganisationSummary> organisations, String number) {
        return organisations.stream()
                .filter(o -> number.equals(o.municipalityNumber()))
                .map(OrganisationSummary::id)
                .findFirst()
                .orElseThrow();
    }

    private static PlacementCommand command(PlacementSummary p, PlacementStatus status) {
        return new PlacementCommand(
                p.networkId(),
                p.hostOrganisationId(),
                p.unit(),
                p.description(),
                p.periodFrom(),
                p.periodTo(),
                p.capacity(),
                p.applicationDeadline(),
                p.contactName(),
                p.contactEmail(),
                status);
    }
}
