package no.lokta.member;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;

import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@LoktaTest
class MemberApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorld worlds;

    @Autowired
    MemberManagement members;

    @Test
    void membersOnADate() {
        var lokta = members.collaborationNamed("LØKTA").orElseThrow();
        assertThat(mvc.get()
                        .uri("/api/v1/collaborations/{id}/members?date=2019-07-01", lokta.id())
                        .with(as(worlds.loktaCoordinator())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.count")
                .isEqualTo(8);
        assertThat(mvc.get()
                        .uri("/api/v1/collaborations/{id}/members?date=2024-07-01", lokta.id())
                        .with(as(worlds.loktaCoordinator())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.count")
                .isEqualTo(5);
    }

    @Test
    void withoutSignInTheApiAnswers401() {
        var lokta = members.collaborationNamed("LØKTA").orElseThrow();
        assertThat(mvc.get().uri("/api/v1/collaborations/{id}/members", lokta.id()))
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anotherCollaborationIsNotFoundAndWrongRoleIsForbidden() {
        var a = worlds.create();
        var b = worlds.create();
        assertThat(mvc.get()
                        .uri("/api/v1/collaborations/{id}/organisations", a.id())
                        .with(as(b.coordinator())))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.put()
                        .uri(
                                "/api/v1/collaborations/{id}/population/{org}/2024",
                                a.id(),
                                a.municipality().id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"population\": 1}")
                        .with(as(b.coordinator())))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post()
                        .uri("/api/v1/collaborations/{id}/organisations", a.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"HOSPITAL_TRUST\",\"name\":\"X\"}")
                        .with(as(a.participant())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(members.organisations(a.id())).hasSize(1);
        assertThat(mvc.get().uri("/api/v1/collaborations").with(as(b.coordinator())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].id")
                .asArray()
                .containsExactly(b.id().toString());
    }

    @Test
    void writesAndValidates() {
        var world = worlds.create();
        assertThat(mvc.post()
                        .uri("/api/v1/collaborations/{id}/organisations", world.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"kind\":\"HOSPITAL_TRUST\",\"name\":\"Helse API HF\",\"organisationNumber\":\"123\"}")
                        .with(as(world.coordinator())))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.organisationNumber")
                .asString()
                .contains("kontrollsiffer");
        assertThat(mvc.post()
                        .uri("/api/v1/collaborations/{id}/organisations", world.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"NOT_A_KIND\",\"name\":\"X\"}")
                        .with(as(world.coordinator())))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.post()
                        .uri("/api/v1/collaborations/{id}/organisations", world.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":")
                        .with(as(world.coordinator())))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.post()
                        .uri("/api/v1/collaborations/{id}/organisations", world.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"HOSPITAL_TRUST\"}")
                        .with(as(world.coordinator())))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.name")
                .isNotNull();
        assertThat(members.organisations(world.id())).hasSize(1);

        assertThat(mvc.post()
                        .uri("/api/v1/collaborations/{id}/memberships", world.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisationId\":\"" + world.municipality().id()
                                + "\",\"kind\":\"MEMBER\",\"validFrom\":\"2021-01-01\"}")
                        .with(as(world.coordinator())))
                .hasStatus(HttpStatus.CREATED);
        assertThat(mvc.get()
                        .uri("/api/v1/collaborations/{id}/members?date=2021-06-01", world.id())
                        .with(as(world.participant())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.members[0].organisationName")
                .isEqualTo("Bardu");

        assertThat(mvc.put()
                        .uri(
                                "/api/v1/collaborations/{id}/population/{org}/2024",
                                world.id(),
                                world.municipality().id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"population\": -1}")
                        .with(as(world.coordinator())))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.post()
                        .uri("/api/v1/collaborations/{id}/population/import", world.id())
                        .contentType("text/csv")
                        .content("5520;2024;10\nxxxx;2024;1\n")
                        .with(as(world.coordinator())))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyJson()
                .extractingPath("$.problems[0].line")
                .isEqualTo(2);
        assertThat(members.populations(world.id(), 2024))
                .containsEntry(world.municipality().id(), 3986);
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        assertThat(mvc.get().uri("/v3/api-docs"))
                .hasStatusOk()
                .bodyText()
                .contains("/api/v1/collaborations/{id}/members", "bearer");
    }
}
