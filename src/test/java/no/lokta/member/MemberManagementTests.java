package no.lokta.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.platform.web.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@LoktaTest
class MemberManagementTests {

    @Autowired
    MemberManagement members;

    @Autowired
    TestWorld worlds;

    @Autowired
    JdbcClient jdbc;

    private CollaborationSummary lokta() {
        return members.collaborationNamed("LØKTA").orElseThrow();
    }

    private List<String> memberNames(LocalDate date) {
        return members.membersOn(lokta().id(), date).stream()
                .filter(m -> m.kind() == MembershipKind.MEMBER)
                .map(MembershipSummary::organisationName)
                .sorted()
                .toList();
    }

    @Test
    void loktaHadEightMembersIn2019AndFiveIn2024() {
        assertThat(memberNames(LocalDate.of(2019, 7, 1)))
                .containsExactly("Bardu", "Berg", "Dyrøy", "Lenvik", "Målselv", "Sørreisa", "Torsken", "Tranøy");
        assertThat(memberNames(LocalDate.of(2024, 7, 1)))
                .containsExactly("Bardu", "Dyrøy", "Målselv", "Senja", "Sørreisa");
    }

    @Test
    void historyShowsWhoJoinedWhen() {
        assertThat(memberNames(LocalDate.of(2008, 6, 1))).hasSize(6).doesNotContain("Tranøy", "Målselv");
        assertThat(memberNames(LocalDate.of(2009, 6, 1))).hasSize(7).contains("Tranøy");
        assertThat(memberNames(LocalDate.of(2010, 6, 1))).hasSize(8).contains("Målselv");
        assertThat(memberNames(LocalDate.of(2019, 12, 31))).hasSize(8);
        assertThat(memberNames(LocalDate.of(2020, 1, 1))).hasSize(5).contains("Senja");
    }

    @Test
    void mergedMunicipalitiesPointToTheirSuccessor() {
        List<OrganisationSummary> orgs = members.organisations(lokta().id());
        OrganisationSummary senja =
                orgs.stream().filter(o -> o.name().equals("Senja")).findFirst().orElseThrow();
        assertThat(orgs.stream().filter(o -> senja.id().equals(o.successorId())))
                .extracting(OrganisationSummary::name)
                .containsExactlyInAnyOrder("Berg", "Lenvik", "Torsken", "Tranøy");
    }

    @Test
    void populationsComeFromTheShippedRegister() {
        var populations2019 = members.populations(lokta().id(), 2019);
        var byName = members.organisations(lokta().id()).stream()
                .collect(java.util.stream.Collectors.toMap(OrganisationSummary::name, OrganisationSummary::id));
        assertThat(populations2019.get(byName.get("Lenvik"))).isEqualTo(11679);
        assertThat(populations2019.get(byName.get("Bardu"))).isEqualTo(4030);
        assertThat(members.populations(lokta().id(), 2024).get(byName.get("Senja")))
                .isEqualTo(14894);
    }

    @Test
    void membersDuringAYearCountTheirDays() {
        var world = worlds.create();
        members.addMembership(
                world.id(),
                new MembershipCommand(
                        world.municipality().id(), MembershipKind.MEMBER, LocalDate.of(2023, 7, 1), null, ""));
        List<MemberPeriod> during = members.municipalMembersDuring(world.id(), 2023);
        assertThat(during).singleElement().satisfies(m -> assertThat(m.days()).isEqualTo(184));
        assertThat(members.municipalMembersDuring(world.id(), 2022)).isEmpty();
    }

    @Test
    void overlappingMembershipsAreRefused() {
        var world = worlds.create();
        members.addMembership(
                world.id(),
                new MembershipCommand(
                        world.municipality().id(), MembershipKind.MEMBER, LocalDate.of(2020, 1, 1), null, ""));
        assertThatThrownBy(() -> members.addMembership(
                        world.id(),
                        new MembershipCommand(
                                world.municipality().id(),
                                MembershipKind.MEMBER,
                                LocalDate.of(2022, 1, 1),
                                LocalDate.of(2022, 12, 31),
                                "")))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("validFrom");
        assertThat(members.membershipsOf(world.id(), world.municipality().id())).hasSize(1);
    }

    @Test
    void endBeforeStartIsRefused() {
        var world = worlds.create();
        assertThatThrownBy(() -> new MembershipCommand(
                        world.municipality().id(),
                        MembershipKind.MEMBER,
                        LocalDate.of(2022, 1, 1),
                        LocalDate.of(2021, 1, 1),
                        ""))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void anotherCollaborationsOrganisationCannotBeReached() {
        var a = worlds.create();
        var b = worlds.create();
        assertThatThrownBy(() -> members.organisation(b.id(), a.municipality().id()))
                .isInstanceOf(OrganisationNotFound.class);
        assertThatThrownBy(() -> members.setPopulation(b.id(), a.municipality().id(), 2024, 1))
                .isInstanceOf(OrganisationNotFound.class);
        assertThatThrownBy(() -> members.addMembership(
                        b.id(),
                        new MembershipCommand(a.municipality().id(), MembershipKind.MEMBER, LocalDate.now(), null, "")))
                .isInstanceOf(OrganisationNotFound.class);
        // an import reaches only the collaboration's own municipalities: b's Bardu, never a's
        assertThat(members.importPopulation(b.id(), new StringReader("5520;2026;1\n"))
                        .ok())
                .isTrue();
        assertThat(members.populations(a.id(), 2026)).isEmpty();
    }

    @Test
    void importIsAllOrNothing() {
        var world = worlds.create();
        var bardu = world.municipality().id();
        Integer before = members.populations(world.id(), 2024).get(bardu);
        var report = members.importPopulation(world.id(), new StringReader("5520;2024;1\n5520;2025;-1\n"));
        assertThat(report.ok()).isFalse();
        assertThat(members.populations(world.id(), 2024).get(bardu)).isEqualTo(before);
        assertThat(members.populations(world.id(), 2025)).isEmpty();

        var good =
                members.importPopulation(world.id(), new StringReader("kommunenummer;år;innbyggere\n1922;2018;4100\n"));
        assertThat(good.ok()).isTrue();
        assertThat(members.populations(world.id(), 2018)).containsEntry(bardu, 4100);
    }

    @Test
    void changesAreAudited() {
        var world = worlds.create();
        members.setPopulation(world.id(), world.municipality().id(), 2030, 4000);
        members.setPopulation(world.id(), world.municipality().id(), 2030, 4100);
        List<String> actions = jdbc.sql("select action from platform.audit_log where collaboration_id = ?"
                        + " and entity_type = 'populationFigure' order by id")
                .param(world.id())
                .query(String.class)
                .list();
        assertThat(actions).containsExactly("CREATE", "UPDATE");
        String after = jdbc.sql("select after::text from platform.audit_log where collaboration_id = ?"
                        + " and entity_type = 'populationFigure' and action = 'UPDATE'")
                .param(world.id())
                .query(String.class)
                .single();
        assertThat(after).contains("4100");
    }

    @Test
    void duplicateOrganisationNumbersAreRefused() {
        var world = worlds.create();
        members.createOrganisation(
                world.id(),
                new OrganisationCommand(OrganisationKind.HOSPITAL_TRUST, "UNN", null, "983974899", "", "", ""));
        assertThatThrownBy(() -> members.createOrganisation(
                        world.id(),
                        new OrganisationCommand(
                                OrganisationKind.HOSPITAL_TRUST, "UNN 2", null, "983 974 899", "", "", "")))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("organisationNumber");
    }
}
