package no.lokta.knowledge.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.lokta.TestWorld;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationCommand;
import no.lokta.member.OrganisationKind;
import no.lokta.member.OrganisationSummary;
import no.lokta.people.PeopleManagement;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.LoktaUser;
import no.lokta.platform.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A test world with two municipalities (Bardu, with the world's municipality contact, and Målselv,
 * with a contact of its own), a hospital trust (UNN) and a user organisation that is no party.
 */
@Component
class AgreementWorld {

    record Setup(
            TestWorld.World world,
            OrganisationSummary malselv,
            OrganisationSummary trust,
            OrganisationSummary userOrganisation,
            LoktaUser malselvContact) {

        UUID id() {
            return world.id();
        }

        UUID bardu() {
            return world.municipality().id();
        }
    }

    private final TestWorld worlds;
    private final MemberManagement members;
    private final PeopleManagement people;
    private final AgreementManagement agreements;
    private final JdbcClient jdbc;

    AgreementWorld(
            TestWorld worlds,
            MemberManagement members,
            PeopleManagement people,
            AgreementManagement agreements,
            JdbcClient jdbc) {
        this.worlds = worlds;
        this.members = members;
        this.people = people;
        this.agreements = agreements;
        this.jdbc = jdbc;
    }

    Setup create() {
        TestWorld.World world = worlds.create();
        OrganisationSummary malselv = members.addMunicipalityFromRegister(world.id(), "5524");
        OrganisationSummary trust = members.createOrganisation(
                world.id(),
                new OrganisationCommand(
                        OrganisationKind.HOSPITAL_TRUST,
                        "Universitetssykehuset Nord-Norge HF",
                        null,
                        null,
                        "",
                        "",
                        ""));
        OrganisationSummary users = members.createOrganisation(
                world.id(),
                new OrganisationCommand(
                        OrganisationKind.USER_ORGANISATION, "Mental Helse Troms", null, null, "", "", ""));
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return new Setup(
                world,
                malselv,
                trust,
                users,
                person(world, "kontakt.malselv-" + suffix + "@example.org", Role.MUNICIPALITY_CONTACT, malselv.id()));
    }

    LoktaUser person(TestWorld.World world, String email, Role role, @Nullable UUID organisationId) {
        UUID id = people.createAccount(email, "Testperson " + role, TestWorld.PASSWORD);
        people.grant(id, world.id(), role, organisationId);
        return new LoktaUser(
                id,
                email,
                "Testperson " + role,
                null,
                false,
                true,
                List.of(new CollaborationAccess(
                        world.id(), world.collaboration().name(), Set.of(role), organisationId)));
    }

    /** An agreement of the trust with the given municipalities, default reminder window. */
    AgreementSummary agreement(Setup s, String title, UUID... municipalities) {
        return agreements.create(
                s.id(),
                new AgreementCommand(
                        title, s.trust().id(), Set.of(municipalities), AgreementCommand.DEFAULT_REMIND_DAYS));
    }

    SubAgreementSummary part(Setup s, AgreementSummary agreement, int topic) {
        return agreements.addPart(s.id(), agreement.id(), new SubAgreementCommand(topic, ""));
    }

    VersionSummary version(
            Setup s,
            AgreementSummary agreement,
            SubAgreementSummary part,
            int number,
            LocalDate signed,
            LocalDate due) {
        return agreements.addVersion(
                s.id(), agreement.id(), part.id(), new VersionCommand(number, signed, signed, due, "", ""));
    }

    /** Agreement, party, sub-agreement and version rows of the collaboration, added up. */
    int rows(UUID collaborationId) {
        return jdbc.sql("""
                        select (select count(*) from knowledge.agreement a where a.collaboration_id = :c)
                          + (select count(*) from knowledge.agreement_municipality m
                               join knowledge.agreement a on a.id = m.agreement_id where a.collaboration_id = :c)
                          + (select count(*) from knowledge.sub_agreement s
                               join knowledge.agreement a on a.id = s.agreement_id where a.collaboration_id = :c)
                          + (select count(*) from knowledge.sub_agreement_version v
                               join knowledge.sub_agreement s on s.id = v.sub_agreement_id
                               join knowledge.agreement a on a.id = s.agreement_id where a.collaboration_id = :c)""").param("c", collaborationId).query(Integer.class).single();
    }
}
