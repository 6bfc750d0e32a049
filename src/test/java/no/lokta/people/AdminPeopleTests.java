package no.lokta.people;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.platform.security.LoktaUser;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The coordinators' pages for people: the list, adding a person, the admin index. */
@LoktaTest
class AdminPeopleTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorld worlds;

    @Autowired
    JdbcClient jdbc;

    @Test
    void listsThePeopleOfTheCollaborationOnly() {
        var world = worlds.create();
        var other = worlds.create();

        assertThat(mvc.get().uri("/admin/people").with(as(world.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains(world.coordinator().email(), world.contact().email(), "Kommunekontakt", "Bardu")
                .doesNotContain(other.coordinator().email());
        assertThat(mvc.get().uri("/admin").with(as(world.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("/admin/people", "/admin/audit", "/admin/outbox", "/account/tokens");
    }

    @Test
    void aNewPersonGetsAnAccountWithoutPasswordAndAWelcomeLink() {
        var world = worlds.create();
        String email = "ny-" + UUID.randomUUID() + "@example.org";

        assertThat(add(world.coordinator(), "Nina Ny", email, "RESOURCE_GROUP_MEMBER", null))
                .hasRedirectedUrl("/admin/people?created");

        UUID id = jdbc.sql("select id from people.account where email = ? and password_hash is null")
                .param(email)
                .query(UUID.class)
                .single();
        assertThat(roles(id, world.id())).containsExactly("RESOURCE_GROUP_MEMBER");
        String body = jdbc.sql("select body from platform.mail_outbox where recipient = ? and collaboration_id = ?")
                .params(email, world.id())
                .query(String.class)
                .single();
        assertThat(body).contains("Nina Ny", world.collaboration().name(), "Ressursgruppemedlem", "7 dager");
        String link = body.substring(body.indexOf("/password/reset?token="))
                .lines()
                .findFirst()
                .orElseThrow();
        assertThat(mvc.get().uri(link)).hasStatusOk().bodyText().contains("Velg nytt passord");
        assertThat(mvc.get().uri("/admin/people").with(as(world.coordinator())))
                .bodyText()
                .contains("Nina Ny", "Invitert");
        assertThat(jdbc.sql(
                                "select count(*) from platform.audit_log where collaboration_id = ? and entity_type = 'account'"
                                        + " and action = 'CREATE' and entity_id = ?")
                        .params(world.id(), id.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aKnownAddressGetsTheRole() {
        var world = worlds.create();
        var other = worlds.create();
        LoktaUser known = other.participant();

        assertThat(add(world.coordinator(), "Whatever", known.email().toUpperCase(), "PARTICIPANT", null))
                .hasRedirectedUrl("/admin/people?granted");
        assertThat(roles(known.accountId(), world.id())).containsExactly("PARTICIPANT");

        assertThat(add(world.coordinator(), "Whatever", known.email(), "PARTICIPANT", null))
                .hasStatusOk()
                .bodyText()
                .contains("har allerede denne rollen");
    }

    @Test
    void aMunicipalityContactSpeaksForAnOrganisationOfThisCollaboration() {
        var world = worlds.create();
        var other = worlds.create();
        String email = "kontakt-" + UUID.randomUUID() + "@example.org";

        assertThat(add(world.coordinator(), "Kari Kontakt", email, "MUNICIPALITY_CONTACT", null))
                .hasStatusOk()
                .bodyText()
                .contains("En kommunekontakt må høre til en organisasjon", "organisationId-error");
        assertThat(add(
                        world.coordinator(),
                        "Kari Kontakt",
                        email,
                        "MUNICIPALITY_CONTACT",
                        other.municipality().id()))
                .hasStatusOk()
                .bodyText()
                .contains("Velg en organisasjon i dette samarbeidet");
        assertThat(accountExists(email)).isFalse();

        assertThat(add(
                        world.coordinator(),
                        "Kari Kontakt",
                        email,
                        "MUNICIPALITY_CONTACT",
                        world.municipality().id()))
                .hasRedirectedUrl("/admin/people?created");
        assertThat(jdbc.sql("select organisation_id from people.account_role r join people.account a"
                                + " on a.id = r.account_id where a.email = ?")
                        .param(email)
                        .query(UUID.class)
                        .single())
                .isEqualTo(world.municipality().id());
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsCreated() {
        var world = worlds.create();
        String email = "feil-" + UUID.randomUUID() + "@example.org";

        assertThat(add(world.coordinator(), "", email, "PARTICIPANT", null))
                .hasStatusOk()
                .bodyText()
                .contains("Må fylles ut", "name-error", "Rett opp dette");
        assertThat(add(world.coordinator(), "Navn", "not-an-address", "PARTICIPANT", null))
                .hasStatusOk()
                .bodyText()
                .contains("email-error");
        assertThat(add(world.coordinator(), "Navn", "a@b", "PARTICIPANT", null))
                .hasStatusOk()
                .bodyText()
                .contains("email-error");
        assertThat(add(world.coordinator(), "Navn", email, "EMPEROR", null))
                .hasStatusOk()
                .bodyText()
                .contains("role-error");
        assertThat(accountExists(email)).isFalse();
        assertThat(accountExists("a@b")).isFalse();
    }

    @Test
    void onlyCoordinatorsManagePeople() {
        var world = worlds.create();
        String email = "nei-" + UUID.randomUUID() + "@example.org";

        assertThat(mvc.get().uri("/admin").with(as(world.contact()))).hasStatus(403);
        assertThat(mvc.get().uri("/admin/people").with(as(world.participant()))).hasStatus(403);
        assertThat(add(world.contact(), "Navn", email, "COORDINATOR", null)).hasStatus(403);
        assertThat(accountExists(email)).isFalse();
    }

    private MvcTestResult add(LoktaUser user, String name, String email, String role, @Nullable UUID organisationId) {
        var request = mvc.post()
                .uri("/admin/people")
                .param("name", name)
                .param("email", email)
                .param("role", role)
                .param("organisationId", organisationId == null ? "" : organisationId.toString())
                .with(as(user))
                .with(csrf());
        return request.exchange();
    }

    private List<String> roles(UUID accountId, UUID collaborationId) {
        return jdbc.sql("select role from people.account_role where account_id = ? and collaboration_id = ?")
                .params(accountId, collaborationId)
                .query(String.class)
                .list();
    }

    private boolean accountExists(String email) {
        return jdbc.sql("select exists (select 1 from people.account where lower(email) = lower(?))")
                .param(email)
                .query(Boolean.class)
                .single();
    }
}
