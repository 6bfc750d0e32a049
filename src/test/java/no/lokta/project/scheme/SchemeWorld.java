package no.lokta.project.scheme;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.lokta.TestWorld;
import no.lokta.member.MemberManagement;
import no.lokta.member.MembershipCommand;
import no.lokta.member.MembershipKind;
import no.lokta.member.OrganisationSummary;
import no.lokta.people.PeopleManagement;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.LoktaUser;
import no.lokta.platform.security.Role;
import no.lokta.project.funding.FunderKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A test world whose two municipalities are members: Bardu (with a contact person and the world's
 * municipality contact) and Målselv (with a contact person and a municipality contact of its own).
 */
@Component
class SchemeWorld {

    record Setup(
            TestWorld.World world,
            OrganisationSummary malselv,
            String barduContactPerson,
            String malselvContactPerson,
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
    private final JdbcClient jdbc;

    SchemeWorld(TestWorld worlds, MemberManagement members, PeopleManagement people, JdbcClient jdbc) {
        this.worlds = worlds;
        this.members = members;
        this.people = people;
        this.jdbc = jdbc;
    }

    Setup create() {
        TestWorld.World world = worlds.create();
        OrganisationSummary malselv = members.addMunicipalityFromRegister(world.id(), "5524");
        for (UUID organisation : List.of(world.municipality().id(), malselv.id())) {
            members.addMembership(
                    world.id(),
                    new MembershipCommand(organisation, MembershipKind.MEMBER, LocalDate.of(2020, 1, 1), null, ""));
        }
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String barduPerson = "ruth.bardu-" + suffix + "@example.org";
        String malselvPerson = "odd.malselv-" + suffix + "@example.org";
        members.addContactPerson(world.id(), world.municipality().id(), "Ruth Bardu", "Rådgiver", barduPerson, "");
        members.addContactPerson(world.id(), malselv.id(), "Odd Målselv", "Rådgiver", malselvPerson, "");
        return new Setup(
                world,
                malselv,
                barduPerson,
                malselvPerson,
                person(world, "kontakt.malselv-" + suffix + "@example.org", Role.MUNICIPALITY_CONTACT, malselv.id()));
    }

    LoktaUser person(TestWorld.World world, String email, Role role, UUID organisationId) {
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

    static GrantSchemeCommand scheme(String name, LocalDate deadline, Set<UUID> organisations) {
        return new GrantSchemeCommand(
                name,
                "Helsedirektoratet",
                FunderKind.DIRECTORATE,
                deadline,
                "Kommuner og interkommunale samarbeid",
                "https://www.helsedirektoratet.no/tilskudd",
                "Tilskudd til kompetanse og innovasjon.",
                organisations);
    }

    int mailsTo(String recipient) {
        return jdbc.sql("select count(*) from platform.mail_outbox where lower(recipient) = lower(?)")
                .param(recipient)
                .query(Integer.class)
                .single();
    }

    int schemeRows(UUID collaborationId) {
        return jdbc.sql("select count(*) from project.grant_scheme where collaboration_id = ?")
                .param(collaborationId)
                .query(Integer.class)
                .single();
    }
}
