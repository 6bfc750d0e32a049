package no.lokta.knowledge.consultation;

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
 * with a contact of its own), a hospital trust with a partner, and a resource-group member.
 */
@Component
class ConsultationWorld {

    record Setup(
            TestWorld.World world,
            OrganisationSummary malselv,
            OrganisationSummary trust,
            LoktaUser malselvContact,
            LoktaUser partner,
            LoktaUser resourceGroupMember) {

        UUID id() {
            return world.id();
        }

        UUID bardu() {
            return world.municipality().id();
        }

        LoktaUser coordinator() {
            return world.coordinator();
        }

        LoktaUser contact() {
            return world.contact();
        }
    }

    private final TestWorld worlds;
    private final MemberManagement members;
    private final PeopleManagement people;
    private final ConsultationManagement consultations;
    private final JdbcClient jdbc;

    ConsultationWorld(
            TestWorld worlds,
            MemberManagement members,
            PeopleManagement people,
            ConsultationManagement consultations,
            JdbcClient jdbc) {
        this.worlds = worlds;
        this.members = members;
        this.people = people;
        this.consultations = consultations;
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
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return new Setup(
                world,
                malselv,
                trust,
                person(world, "kontakt.malselv-" + suffix + "@example.org", Role.MUNICIPALITY_CONTACT, malselv.id()),
                person(world, "partner.unn-" + suffix + "@example.org", Role.PARTNER, trust.id()),
                person(world, "ressurs-" + suffix + "@example.org", Role.RESOURCE_GROUP_MEMBER, null));
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

    static ConsultationCommand command(String title, LocalDate received, LocalDate inputDeadline) {
        return new ConsultationCommand(
                title,
                "Helse- og omsorgsdepartementet",
                "24/100",
                received,
                inputDeadline,
                inputDeadline.plusDays(14),
                "Høringsnotat om samhandling.",
                "https://www.regjeringen.no/no/dokumenter/hoeringer/");
    }

    /** A consultation received ten days ago, open for input for another fortnight. */
    ConsultationSummary open(Setup s, String title) {
        LocalDate today = consultations.today();
        return consultations.create(s.id(), command(title, today.minusDays(10), today.plusDays(14)));
    }

    Respondent respondent(UUID organisationId, LoktaUser user) {
        return new Respondent(organisationId, user.accountId(), user.displayName());
    }

    /** Consultation, document, input and response rows of the collaboration, added up. */
    int rows(UUID collaborationId) {
        return jdbc.sql("""
                        select (select count(*) from knowledge.consultation where collaboration_id = :c)
                          + (select count(*) from knowledge.consultation_document where collaboration_id = :c)
                          + (select count(*) from knowledge.consultation_input where collaboration_id = :c)
                          + (select count(*) from knowledge.consultation_response where collaboration_id = :c)""").param("c", collaborationId).query(Integer.class).single();
    }

    /** A fingerprint of everything stored for the collaboration's consultations. */
    String state(UUID collaborationId) {
        return jdbc.sql("""
                        select coalesce(string_agg(c.id || c.title || c.status || c.input_deadline
                          || coalesce((select string_agg(i.text, '|' order by i.id) from knowledge.consultation_input i
                                       where i.consultation_id = c.id), '')
                          || coalesce((select string_agg(d.file_name, '|' order by d.id)
                                       from knowledge.consultation_document d where d.consultation_id = c.id), ''),
                          ',' order by c.id), '')
                        from knowledge.consultation c where c.collaboration_id = ?""").param(collaborationId).query(String.class).single();
    }

    int inputRows(UUID consultationId) {
        return jdbc.sql("select count(*) from knowledge.consultation_input where consultation_id = ?")
                .param(consultationId)
                .query(Integer.class)
                .single();
    }

    int mailsTo(String recipient, String subject) {
        return jdbc.sql("select count(*) from platform.mail_outbox where lower(recipient) = lower(?) and subject = ?")
                .params(recipient, subject)
                .query(Integer.class)
                .single();
    }
}
