package no.lokta.member;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lokta.platform.demo.DemoData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * LØKTA in Midt-Troms: its 8 original municipalities (six from 2008, Tranøy from 2009, Målselv
 * from 2010), the 2020 merger of Lenvik, Berg, Torsken and Tranøy into Senja, and its partners.
 * Organisations and figures are real; contact persons are invented.
 */
@Component
@Order(10)
class MemberDemoData implements DemoData {

    static final String LOKTA = "LØKTA";

    private final MemberManagement members;

    MemberDemoData(MemberManagement members) {
        this.members = members;
    }

    @Override
    public List<String> load() {
        CollaborationSummary lokta = members.createCollaboration(new CollaborationCommand(
                LOKTA,
                "Regionrådet Midt-Troms",
                "Interkommunal enhet for kvalitetsutvikling i helse- og omsorgstjenestene i Midt-Troms."
                        + " Enheten lyser vei: den initierer, støtter, koordinerer og samordner, men tar ikke over"
                        + " kommunenes eget arbeid."));
        UUID id = lokta.id();
        // 2024 numbers for those that still exist, 2019 numbers for those merged into Senja
        Map<String, LocalDate> joined = Map.of(
                "5520", LocalDate.of(2008, 1, 1), // Bardu
                "5528", LocalDate.of(2008, 1, 1), // Dyrøy
                "5526", LocalDate.of(2008, 1, 1), // Sørreisa
                "5524", LocalDate.of(2010, 1, 1), // Målselv
                "1929", LocalDate.of(2008, 1, 1), // Berg
                "1931", LocalDate.of(2008, 1, 1), // Lenvik
                "1928", LocalDate.of(2008, 1, 1), // Torsken
                "1927", LocalDate.of(2009, 1, 1)); // Tranøy
        Map<String, UUID> byNumber = new java.util.HashMap<>();
        joined.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            OrganisationSummary org = members.addMunicipalityFromRegister(id, e.getKey());
            byNumber.put(e.getKey(), org.id());
            members.addMembership(id, new MembershipCommand(org.id(), MembershipKind.MEMBER, e.getValue(), null, ""));
        });
        OrganisationSummary senja = members.addMunicipalityFromRegister(id, "5530");
        members.merge(
                id,
                new MergerCommand(
                        List.of(
                                idOf(byNumber, "1927"),
                                idOf(byNumber, "1928"),
                                idOf(byNumber, "1929"),
                                idOf(byNumber, "1931")),
                        senja.id(),
                        LocalDate.of(2020, 1, 1)));

        partner(
                id,
                new OrganisationCommand(
                        OrganisationKind.HOSPITAL_TRUST,
                        "Universitetssykehuset Nord-Norge HF",
                        null,
                        "983974899",
                        "",
                        "",
                        "https://unn.no"),
                "Hanne Eriksen",
                "Samhandlingskoordinator");
        partner(
                id,
                new OrganisationCommand(
                        OrganisationKind.STUDY_CENTRE, "Studiesenteret Midt-Troms", null, null, "", "", ""),
                "Ole Hansen",
                "Studieveileder");
        partner(
                id,
                new OrganisationCommand(
                        OrganisationKind.COLLEGE_UNIVERSITY,
                        "UiT Norges arktiske universitet",
                        null,
                        "970422528",
                        "",
                        "",
                        "https://uit.no"),
                "Ingrid Pedersen",
                "Studiekoordinator");
        members.addContactPerson(
                id, idOf(byNumber, "5520"), "Mona Berg", "Kommunalsjef helse og omsorg", "mona.berg@example.org", "");
        members.addContactPerson(
                id, senja.id(), "Terje Moe", "Enhetsleder hjemmetjenesten", "terje.moe@example.org", "");
        return List.of();
    }

    private static UUID idOf(Map<String, UUID> byNumber, String number) {
        UUID id = byNumber.get(number);
        if (id == null) {
            throw new IllegalStateException("demo municipality missing: " + number);
        }
        return id;
    }

    private void partner(UUID collaborationId, OrganisationCommand command, String contact, String title) {
        OrganisationSummary org = members.createOrganisation(collaborationId, command);
        members.addMembership(
                collaborationId,
                new MembershipCommand(org.id(), MembershipKind.PARTNER, LocalDate.of(2008, 1, 1), null, ""));
        String email = contact.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.org";
        members.addContactPerson(collaborationId, org.id(), contact, title, email, "");
    }
}
