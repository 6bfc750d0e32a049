package no.lokta.people.web;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.member.MemberManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@LoktaTest
class NewCollaborationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorld worlds;

    @Autowired
    MemberManagement members;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCoordinatorStartsACollaborationAndBecomesItsCoordinator() {
        var world = worlds.create();
        String name = "Nytt samarbeid " + UUID.randomUUID().toString().substring(0, 6);
        assertThat(mvc.post()
                        .uri("/collaborations")
                        .param("name", name)
                        .param("ownerBody", "Regionrådet")
                        .with(as(world.coordinator()))
                        .with(csrf()))
                .hasStatus(302)
                .headers()
                .hasValue("Location", "/collaborations");
        var created = members.collaborationNamed(name).orElseThrow();
        assertThat(jdbc.sql("select role from people.account_role where account_id = ? and collaboration_id = ?")
                        .params(world.coordinator().accountId(), created.id())
                        .query(String.class)
                        .list())
                .containsExactly("COORDINATOR");
        assertThat(members.organisations(created.id())).isEmpty();
    }

    @Test
    void badInputAndWrongRolesAreRefused() {
        var world = worlds.create();
        assertThat(mvc.post()
                        .uri("/collaborations")
                        .param("name", " ")
                        .with(as(world.coordinator()))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Må fylles ut");
        assertThat(mvc.post()
                        .uri("/collaborations")
                        .param("name", "LØKTA")
                        .with(as(world.coordinator()))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("finnes allerede et samarbeid");
        assertThat(mvc.post()
                        .uri("/collaborations")
                        .param("name", "Smugsamarbeid")
                        .with(as(world.participant()))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(members.collaborationNamed("Smugsamarbeid")).isEmpty();
        assertThat(mvc.get().uri("/collaborations/new").with(as(world.contact())))
                .hasStatus(403);
    }
}
