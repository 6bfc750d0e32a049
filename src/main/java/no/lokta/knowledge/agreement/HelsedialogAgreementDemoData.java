package no.lokta.knowledge.agreement;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.lokta.member.CollaborationCommand;
import no.lokta.member.CollaborationSummary;
import no.lokta.member.MemberManagement;
import no.lokta.member.MembershipCommand;
import no.lokta.member.MembershipKind;
import no.lokta.member.OrganisationCommand;
import no.lokta.member.OrganisationKind;
import no.lokta.member.OrganisationSummary;
import no.lokta.people.PeopleManagement;
import no.lokta.platform.demo.DemoData;
import no.lokta.platform.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Helsedialog's agreements between Sørlandet sykehus HF and Agder municipalities. Dates are set
 * from the day the demo is loaded, so that the coverage matrix shows every state: topics with a
 * current version, revisions due (passed or within the reminder window), and topics with no signed
 * version (Lindesnes has no agreement at all). The agreements are invented; the topics are the
 * Act's. The collaboration and its members are looked up first, as another part of the demo may
 * have made them.
 */
@Component
@Order(101)
class HelsedialogAgreementDemoData implements DemoData {

    static final String COLLABORATION = "Helsedialog";
    static final String TRUST = "Sørlandet sykehus HF";
    private static final String COORDINATOR = "helsedialog@lokta.no";
    private static final String CONTACT = "kontakt.kristiansand@helsedialog.no";
    private static final String PASSWORD = "lokta-demo-2026";
    private static final List<String> MUNICIPALITIES = List.of("4204", "4203", "4202", "4215", "4223", "4205");

    private final MemberManagement members;
    private final PeopleManagement people;
    private final AgreementManagement agreements;

    HelsedialogAgreementDemoData(MemberManagement members, PeopleManagement people, AgreementManagement agreements) {
        this.members = members;
        this.people = people;
        this.agreements = agreements;
    }

    @Override
    public List<String> load() {
        CollaborationSummary helsedialog = members.collaborationNamed(COLLABORATION)
                .orElseGet(() -> members.createCollaboration(new CollaborationCommand(
                        COLLABORATION,
                        "KS og Helse Sør RHF",
                        "Samarbeid mellom KS og Helse Sør RHF om samhandling mellom kommunene og helseforetakene.")));
        UUID id = helsedialog.id();
        LocalDate joined = LocalDate.of(2012, 1, 1);
        Map<String, UUID> municipality = new LinkedHashMap<>();
        for (String number : MUNICIPALITIES) {
            OrganisationSummary found = members.organisations(id).stream()
                    .filter(o -> number.equals(o.municipalityNumber()))
                    .findFirst()
                    .orElseGet(() -> members.addMunicipalityFromRegister(id, number));
            municipality.put(number, found.id());
            membership(id, found.id(), MembershipKind.MEMBER, joined);
        }
        OrganisationSummary trust = members.organisations(id).stream()
                .filter(o ->
                        o.kind() == OrganisationKind.HOSPITAL_TRUST && o.name().equals(TRUST))
                .findFirst()
                .orElseGet(() -> members.createOrganisation(
                        id, new OrganisationCommand(OrganisationKind.HOSPITAL_TRUST, TRUST, null, null, "", "", "")));
        membership(id, trust.id(), MembershipKind.PARTNER, joined);
        // the collaboration's own demo coordinator: the LØKTA coordinator's first collaboration stays LØKTA
        UUID coordinator = people.accountIdByEmail(COORDINATOR)
                .orElseGet(() -> people.createAccount(COORDINATOR, "Hilde Dalen", PASSWORD));
        people.grant(coordinator, id, Role.COORDINATOR, null);
        UUID contact = people.accountIdByEmail(CONTACT)
                .orElseGet(() -> people.createAccount(CONTACT, "Kristin Kvadraturen", PASSWORD));
        people.grant(contact, id, Role.MUNICIPALITY_CONTACT, municipality.get("4204"));

        LocalDate today = agreements.today();
        // Kristiansand, Lillesand and Vennesla: mostly current, two revisions due, topic 13 missing
        AgreementSummary west = agreements.create(
                id,
                new AgreementCommand(
                        "Samarbeidsavtale mellom Sørlandet sykehus HF og Kristiansand, Lillesand og Vennesla",
                        trust.id(),
                        Set.of(municipality.get("4204"), municipality.get("4215"), municipality.get("4223")),
                        AgreementCommand.DEFAULT_REMIND_DAYS));
        for (int topic : new int[] {1, 2, 3, 4, 5, 7, 9, 10, 12}) {
            UUID part = part(id, west, topic);
            version(id, west, part, 1, LocalDate.of(2012, 6, 20), LocalDate.of(2016, 6, 20), "Første avtale.");
            version(
                    id,
                    west,
                    part,
                    2,
                    today.minusYears(1),
                    today.plusYears(3),
                    "Revidert etter helsefellesskapets møte.");
        }
        UUID midwives = part(id, west, 8);
        version(id, west, midwives, 1, today.minusYears(4), today.plusDays(30), "Revisjon forberedes.");
        UUID emergency = part(id, west, 11);
        version(id, west, emergency, 1, today.minusYears(5), today.minusDays(20), "Revisjonen er forsinket.");
        UUID knowledge = part(id, west, 6);
        version(id, west, knowledge, 1, today.minusYears(2), today.plusYears(2), "");

        // Arendal and Grimstad: the core topics, one revision overdue, a draft that is not yet signed
        AgreementSummary east = agreements.create(
                id,
                new AgreementCommand(
                        "Samarbeidsavtale mellom Sørlandet sykehus HF og Arendal og Grimstad",
                        trust.id(),
                        Set.of(municipality.get("4203"), municipality.get("4202")),
                        90));
        for (int topic : new int[] {1, 2, 3, 5}) {
            UUID part = part(id, east, topic);
            version(id, east, part, 1, today.minusYears(2), today.plusYears(2), "");
        }
        UUID beds = part(id, east, 4);
        version(
                id,
                east,
                beds,
                1,
                today.minusYears(6),
                today.minusMonths(3),
                "Ny avtale om øyeblikkelig hjelp drøftes.");
        UUID children = part(id, east, 13);
        agreements.addVersion(
                id,
                east.id(),
                children,
                new VersionCommand(
                        1, null, null, today.plusYears(1), "Utkast til behandling i helsefellesskapet.", ""));
        return List.of("Kommunekontakt (Helsedialog, Kristiansand): " + CONTACT + " / " + PASSWORD);
    }

    private void membership(UUID id, UUID organisationId, MembershipKind kind, LocalDate from) {
        if (members.membershipsOf(id, organisationId).isEmpty()) {
            members.addMembership(id, new MembershipCommand(organisationId, kind, from, null, ""));
        }
    }

    private UUID part(UUID id, AgreementSummary agreement, int topic) {
        return agreements
                .addPart(id, agreement.id(), new SubAgreementCommand(topic, "Delavtale " + topic))
                .id();
    }

    private void version(
            UUID id, AgreementSummary agreement, UUID part, int number, LocalDate signed, LocalDate due, String note) {
        @Nullable LocalDate validFrom = signed.plusDays(10);
        agreements.addVersion(
                id,
                agreement.id(),
                part,
                new VersionCommand(
                        number,
                        signed,
                        validFrom,
                        due,
                        note,
                        "https://sshf.no/helsefaglig/samhandling/samarbeidsavtaler"));
    }
}
