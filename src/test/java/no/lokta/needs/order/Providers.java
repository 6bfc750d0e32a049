package no.lokta.needs.order;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.lokta.TestWorld;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationCommand;
import no.lokta.member.OrganisationKind;
import no.lokta.member.OrganisationSummary;
import no.lokta.needs.need.NeedCommand;
import no.lokta.needs.need.NeedManagement;
import no.lokta.needs.need.NeedSource;
import no.lokta.needs.need.NeedStatus;
import no.lokta.needs.need.NeedSummary;
import no.lokta.needs.need.NeedUrgency;
import no.lokta.people.PeopleManagement;
import no.lokta.platform.money.Nok;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.LoktaUser;
import no.lokta.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A test world with two education providers, each with a partner, a second municipality, and a
 * need for nurses in the world's municipality.
 */
@Component
class Providers {

    record Setup(
            TestWorld.World world,
            OrganisationSummary malselv,
            OrganisationSummary college,
            LoktaUser collegePartner,
            OrganisationSummary hospital,
            LoktaUser hospitalPartner,
            NeedSummary need) {

        UUID id() {
            return world.id();
        }
    }

    static final LocalDate FROM = LocalDate.of(2030, 4, 1);
    static final LocalDate TO = LocalDate.of(2030, 5, 31);

    private final TestWorld worlds;
    private final MemberManagement members;
    private final PeopleManagement people;
    private final NeedManagement needs;
    private final OrderManagement orders;
    private final JdbcClient jdbc;

    Providers(
            TestWorld worlds,
            MemberManagement members,
            PeopleManagement people,
            NeedManagement needs,
            OrderManagement orders,
            JdbcClient jdbc) {
        this.worlds = worlds;
        this.members = members;
        this.people = people;
        this.needs = needs;
        this.orders = orders;
        this.jdbc = jdbc;
    }

    Setup create() {
        TestWorld.World world = worlds.create();
        OrganisationSummary malselv = members.addMunicipalityFromRegister(world.id(), "5524");
        OrganisationSummary college = members.createOrganisation(
                world.id(),
                new OrganisationCommand(
                        OrganisationKind.COLLEGE_UNIVERSITY, "UiT " + world.id(), null, null, "", "", ""));
        OrganisationSummary hospital = members.createOrganisation(
                world.id(),
                new OrganisationCommand(
                        OrganisationKind.HOSPITAL_TRUST, "Sykehuset " + world.id(), null, null, "", "", ""));
        NeedSummary need = needs.create(
                world.id(),
                new NeedCommand(
                        "Sårbehandling",
                        "",
                        Set.of("Sykepleier"),
                        Set.of(world.municipality().id()),
                        4,
                        NeedUrgency.HIGH,
                        NeedSource.MANUAL,
                        null,
                        NeedStatus.OPEN));
        return new Setup(
                world,
                malselv,
                college,
                person(world, "Una Tromsø", Role.PARTNER, college.id()),
                hospital,
                person(world, "Per Strand", Role.PARTNER, hospital.id()),
                need);
    }

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

    OrderCommand order(Setup s, UUID provider, String title) {
        return new OrderCommand(
                provider,
                Set.of(s.need().id()),
                title,
                "Sykepleiere i hjemmetjenesten",
                "",
                FROM,
                TO,
                "Bardufoss",
                DeliveryMode.ON_SITE,
                Nok.kroner(60_000));
    }

    /** An order to the college, sent. */
    OrderSummary sent(Setup s, String title) {
        OrderSummary o = orders.create(s.id(), order(s, s.college().id(), title));
        return orders.step(s.id(), o.id(), OrderStatus.SENT);
    }

    int mailsTo(String recipient) {
        return jdbc.sql("select count(*) from platform.mail_outbox where lower(recipient) = lower(?)")
                .param(recipient)
                .query(Integer.class)
                .single();
    }

    int orderRows(UUID collaborationId) {
        return jdbc.sql("select count(*) from needs.education_order where collaboration_id = ?")
                .param(collaborationId)
                .query(Integer.class)
                .single();
    }

    int needRows(UUID collaborationId) {
        return jdbc.sql("select count(*) from needs.need where collaboration_id = ?")
                .param(collaborationId)
                .query(Integer.class)
                .single();
    }
}
