package no.lokta.project.help;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A test world whose Bardu and Målselv are members since 2020, Målselv with a municipality contact
 * of its own.
 */
@Component
class HelpWorld {

    record Setup(TestWorld.World world, OrganisationSummary malselv, LoktaUser malselvContact) {

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

    HelpWorld(TestWorld worlds, MemberManagement members, PeopleManagement people, JdbcClient jdbc) {
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
        String email = "kontakt.malselv-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        UUID account = people.createAccount(email, "Mia Målselv", TestWorld.PASSWORD);
        people.grant(account, world.id(), Role.MUNICIPALITY_CONTACT, malselv.id());
        LoktaUser malselvContact = new LoktaUser(
                account,
                email,
                "Mia Målselv",
                null,
                false,
                true,
                List.of(new CollaborationAccess(
                        world.id(), world.collaboration().name(), Set.of(Role.MUNICIPALITY_CONTACT), malselv.id())));
        return new Setup(world, malselv, malselvContact);
    }

    static HelpRequestCommand request(UUID organisation, String subject) {
        return new HelpRequestCommand(
                organisation, "Kari Kommune", "kari@example.org", subject, "Vi trenger hjelp.", HelpKind.PROJECT);
    }

    /** Moves the day a request was received, as if it had come then. */
    void receivedOn(UUID requestId, LocalDate day) {
        jdbc.sql("update project.help_request set received_on = ? where id = ?")
                .params(day, requestId)
                .update();
    }

    int requestRows(UUID collaborationId) {
        return jdbc.sql("select count(*) from project.help_request where collaboration_id = ?")
                .param(collaborationId)
                .query(Integer.class)
                .single();
    }

    int timeRows(UUID collaborationId) {
        return jdbc.sql("""
                        select count(*) from project.help_time t join project.help_request r on r.id = t.request_id
                        where r.collaboration_id = ?""").param(collaborationId).query(Integer.class).single();
    }
}
