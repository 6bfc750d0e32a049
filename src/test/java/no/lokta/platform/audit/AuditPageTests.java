package no.lokta.platform.audit;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The audit log page: one collaboration's entries, for its coordinators, filtered and paged. */
@LoktaTest
class AuditPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorld worlds;

    @Autowired
    AuditLog audit;

    private void signIn(String email, String password) {
        mvc.post()
                .uri("/login")
                .param("email", email)
                .param("password", password)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr("10.99." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250));
                    return request;
                })
                .exchange();
    }

    @Test
    void listsTheSignInsOfThisCollaborationAndNoOther() {
        var world = worlds.create();
        var other = worlds.create();
        signIn(world.contact().email(), TestWorld.PASSWORD);
        signIn(world.participant().email(), "a wrong password");
        signIn(other.coordinator().email(), TestWorld.PASSWORD);

        assertThat(mvc.get().uri("/admin/audit").with(as(world.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Endringslogg",
                        world.contact().email(),
                        world.participant().email(),
                        "Innlogging",
                        "Mislykket innlogging",
                        "Bardu")
                .doesNotContain(
                        other.coordinator().email(), other.collaboration().name());
    }

    @Test
    void showsBeforeAndAfterReadably() {
        var world = worlds.create();
        audit.updated(
                world.id(),
                "organisation",
                UUID.randomUUID(),
                "Bardu",
                java.util.Map.of("name", "Bardo"),
                java.util.Map.of("name", "Bardu"));

        assertThat(mvc.get().uri("/admin/audit?action=UPDATE").with(as(world.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("<details", "Vis før og etter", "&quot;name&quot;: &quot;Bardo&quot;", "Endret");
    }

    @Test
    void filtersByActionTypePersonAndDate() {
        var world = worlds.create();
        signIn(world.contact().email(), TestWorld.PASSWORD);
        signIn(world.participant().email(), "a wrong password");

        assertThat(mvc.get().uri("/admin/audit?action=SIGN_IN_FAILED").with(as(world.coordinator())))
                .bodyText()
                .contains(world.participant().email())
                .doesNotContain(world.contact().email());
        assertThat(mvc.get()
                        .uri(
                                "/admin/audit?person={p}",
                                world.contact().email().substring(0, 12).toUpperCase())
                        .with(as(world.coordinator())))
                .bodyText()
                .contains(world.contact().email())
                .doesNotContain(world.participant().email());
        assertThat(mvc.get().uri("/admin/audit?entityType=organisation").with(as(world.coordinator())))
                .bodyText()
                .contains("Bardu")
                .doesNotContain(world.contact().email());
        assertThat(mvc.get().uri("/admin/audit?from=2000-01-01&to=2000-12-31").with(as(world.coordinator())))
                .bodyText()
                .contains("Ingen oppføringer passer");
        String today =
                java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).toString();
        assertThat(mvc.get()
                        .uri("/admin/audit?from={d}&to={d}&action=SIGN_IN", today, today)
                        .with(as(world.coordinator())))
                .bodyText()
                .contains(world.contact().email());
    }

    @Test
    void aBadFilterIsExplainedOnItsField() {
        var world = worlds.create();

        assertThat(mvc.get().uri("/admin/audit?from=2024-13-45").with(as(world.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("Skriv en gyldig dato", "from-error", "aria-invalid=\"true\"");
        assertThat(mvc.get().uri("/admin/audit?from=2024-05-02&to=2024-05-01").with(as(world.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("Til-datoen kan ikke være før fra-datoen", "to-error");
        assertThat(mvc.get().uri("/admin/audit?page=banana").with(as(world.coordinator())))
                .hasStatusOk();
    }

    @Test
    void pagesHoldFiftyEntries() throws Exception {
        var world = worlds.create();
        for (int i = 0; i < 60; i++) {
            audit.signIn(world.id(), null, "paging-" + i + "@example.org", false, "test");
        }

        String first = mvc.get()
                .uri("/admin/audit?action=SIGN_IN_FAILED")
                .with(as(world.coordinator()))
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(first)
                .contains("60 oppføringer (side 1 av 2)", "paging-59@", "page=2")
                .doesNotContain("paging-9@");
        assertThat(first.split("paging-", -1)).hasSize(51);

        assertThat(mvc.get().uri("/admin/audit?action=SIGN_IN_FAILED&page=2").with(as(world.coordinator())))
                .bodyText()
                .contains("side 2 av 2", "paging-0@", "paging-9@")
                .doesNotContain("paging-10@");
    }

    @Test
    void onlyCoordinatorsSeeTheLog() {
        var world = worlds.create();

        assertThat(mvc.get().uri("/admin/audit").with(as(world.contact()))).hasStatus(403);
        assertThat(mvc.get().uri("/admin/audit").with(as(world.participant()))).hasStatus(403);
        assertThat(mvc.get().uri("/admin/audit")).hasStatus3xxRedirection();
    }
}
