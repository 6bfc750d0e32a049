package no.lokta.programme.shadowing;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A test world with two hosts: Målselv, whose kommunekontakt approves for it, and a hospital
 * trust without any account, for which the coordinator acts.
 */
@Component
class Hosts {

    /** The world, its hosts and their leader. */
    record Setup(
            TestWorld.World world,
            OrganisationSummary malselv,
            LoktaUser malselvContact,
            OrganisationSummary hospital,
            LoktaUser barduNurse) {

        UUID id() {
            return world.id();
        }

        Approver homeLeader() {
            return approver(world.contact());
        }

        Approver malselvLeader() {
            return approver(malselvContact);
        }

        Approver coordinator() {
            return approver(world.coordinator());
        }

        static Approver approver(LoktaUser user) {
            return Approver.of(user.accountId(), user.access().getFirst());
        }
    }

    static final LocalDate FROM = LocalDate.of(2030, 3, 1);
    static final LocalDate TO = LocalDate.of(2030, 3, 26);
    static final LocalDate DEADLINE = LocalDate.of(2030, 2, 1);

    private final TestWorld worlds;
    private final MemberManagement members;
    private final PeopleManagement people;
    private final ShadowingManagement shadowing;
    private final JdbcClient jdbc;

    Hosts(
            TestWorld worlds,
            MemberManagement members,
            PeopleManagement people,
            ShadowingManagement shadowing,
            JdbcClient jdbc) {
        this.worlds = worlds;
        this.members = members;
        this.people = people;
        this.shadowing = shadowing;
        this.jdbc = jdbc;
    }

    Setup create() {
        TestWorld.World world = worlds.create();
        OrganisationSummary malselv = members.addMunicipalityFromRegister(world.id(), "5524");
        OrganisationSummary hospital = members.createOrganisation(
                world.id(),
                new OrganisationCommand(
                        OrganisationKind.HOSPITAL_TRUST, "Sykehuset " + world.id(), null, null, "", "", ""));
        return new Setup(
                world,
                malselv,
                person(world, "Mona Lie", Role.MUNICIPALITY_CONTACT, malselv.id()),
                hospital,
                person(
                        world,
                        "Siri Hansen",
                        Role.PARTICIPANT,
                        world.municipality().id()));
    }

    /** A person with a role in the world's collaboration; signs in with {@link TestWorld#PASSWORD}. */
    LoktaUser person(TestWorld.World world, String name, Role role, UUID organisationId) {
        String email = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "-"
                + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        UUID id = people.createAccount(email, name, TestWorld.PASSWORD);
        people.grant(id, world.id(), role, organisationId);
        return new LoktaUser(
                id,
                email,
                name,
                null,
                false,
                true,
                List.of(new CollaborationAccess(
                        world.id(), world.collaboration().name(), Set.of(role), organisationId)));
    }

    PlacementSummary placement(Setup s, UUID host, int capacity) {
        return shadowing.createPlacement(
                s.id(),
                new PlacementCommand(
                        null,
                        host,
                        "Demensavdelingen",
                        "En uke i skjermet enhet.",
                        FROM,
                        TO,
                        capacity,
                        DEADLINE,
                        "Mona Lie",
                        "mona@example.org",
                        PlacementStatus.PUBLISHED));
    }

    ApplicationCommand application(PlacementSummary p, LoktaUser applicant, UUID organisationId) {
        return new ApplicationCommand(
                p.id(),
                applicant.accountId(),
                applicant.displayName(),
                applicant.email(),
                organisationId,
                "Jeg vil lære miljøbehandling.",
                FROM,
                FROM.plusDays(4));
    }

    /** Applies on a day before the deadline. */
    ApplicationSummary apply(Setup s, PlacementSummary p, LoktaUser applicant, UUID organisationId) {
        return shadowing.apply(s.id(), application(p, applicant, organisationId), DEADLINE.minusDays(10));
    }

    int mailsTo(String recipient) {
        return jdbc.sql("select count(*) from platform.mail_outbox where lower(recipient) = lower(?)")
                .param(recipient)
                .query(Integer.class)
                .single();
    }

    String lastMailTo(String recipient) {
        return jdbc.sql("""
                        select subject || ' / ' || body from platform.mail_outbox where lower(recipient) = lower(?)
                        order by created_at desc limit 1""").param(recipient).query(String.class).single();
    }

    int applicationRows(UUID placementId) {
        return jdbc.sql("select count(*) from programme.placement_application where placement_id = ?")
                .param(placementId)
                .query(Integer.class)
                .single();
    }

    int placementRows(UUID collaborationId) {
        return jdbc.sql("select count(*) from programme.placement where collaboration_id = ?")
                .param(collaborationId)
                .query(Integer.class)
                .single();
    }
}
