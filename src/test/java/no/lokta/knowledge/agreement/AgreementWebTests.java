package no.lokta.knowledge.agreement;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.List;
import no.lokta.LoktaTest;
import no.lokta.platform.security.LoktaUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The agreement pages and the API: who may see and change what, and field messages on bad input. */
@LoktaTest
class AgreementWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AgreementWorld worlds;

    @Autowired
    AgreementManagement agreements;

    @Test
    void aCoordinatorKeepsAnAgreementWithItsSubAgreementsAndVersions() {
        var s = worlds.create();
        LoktaUser coordinator = s.world().coordinator();
        assertThat(mvc.get().uri("/knowledge/agreements/new").with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Ny samarbeidsavtale", "Bardu", "Målselv", "Universitetssykehuset Nord-Norge HF")
                .doesNotContain("Mental Helse Troms");
        assertThat(mvc.post()
                        .uri("/knowledge/agreements")
                        .with(as(coordinator))
                        .with(csrf())
                        .params(form(
                                "title",
                                "Avtale UNN og Midt-Troms",
                                "hospitalTrustId",
                                s.trust().id().toString(),
                                "municipalityIds",
                                s.bardu().toString(),
                                "remindDays",
                                "60")))
                .hasStatus3xxRedirection();
        AgreementSummary created = agreements.agreements(s.id()).getFirst();
        assertThat(created.municipalityIds()).containsExactly(s.bardu());
        String base = "/knowledge/agreements/" + created.id();
        assertThat(mvc.post()
                        .uri(base + "/parts")
                        .with(as(coordinator))
                        .with(csrf())
                        .params(form("topic", "3", "title", "Delavtale om innleggelse")))
                .hasStatus3xxRedirection();
        SubAgreementSummary part =
                agreements.agreement(s.id(), created.id()).parts().getFirst();
        assertThat(mvc.post()
                        .uri(base + "/parts/" + part.id() + "/versions")
                        .with(as(coordinator))
                        .with(csrf())
                        .params(form(
                                "versionNumber", "1",
                                "signedOn", "2023-05-01",
                                "validFrom", "2023-06-01",
                                "revisionDue", "2027-05-01",
                                "link", "https://example.org/delavtale-3.pdf")))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri(base).with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("3. Innleggelse i sykehus", "Delavtale om innleggelse", "01.05.2027", "Gjeldende");
        assertThat(mvc.get().uri("/knowledge/agreements/matrix?date=2024-01-01").with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Bardu", "Målselv", "Gjeldende", "Mangler", "Tema 13");

        // bad input: field messages, nothing saved
        int before = worlds.rows(s.id());
        assertThat(mvc.post()
                        .uri("/knowledge/agreements")
                        .with(as(coordinator))
                        .with(csrf())
                        .params(form(
                                "title",
                                "Uten kommune",
                                "hospitalTrustId",
                                s.trust().id().toString(),
                                "remindDays",
                                "60")))
                .hasStatusOk()
                .bodyText()
                .contains("Velg minst én kommune.", "id=\"municipalityIds-error\"");
        assertThat(mvc.post()
                        .uri("/knowledge/agreements")
                        .with(as(coordinator))
                        .with(csrf())
                        .params(form(
                                "title",
                                "Feil part",
                                "hospitalTrustId",
                                s.trust().id().toString(),
                                "municipalityIds",
                                s.userOrganisation().id().toString(),
                                "remindDays",
                                "60")))
                .hasStatusOk()
                .bodyText()
                .contains("Velg blant samarbeidets kommuner.");
        assertThat(mvc.post()
                        .uri(base + "/parts")
                        .with(as(coordinator))
                        .with(csrf())
                        .params(form("topic", "3")))
                .hasStatusOk()
                .bodyText()
                .contains("Avtalen har allerede en delavtale om tema 3.", "id=\"topic-error\"");
        assertThat(mvc.post()
                        .uri(base + "/parts/" + part.id() + "/versions")
                        .with(as(coordinator))
                        .with(csrf())
                        .params(form("versionNumber", "2", "signedOn", "2024-05-01", "revisionDue", "2024-04-30")))
                .hasStatusOk()
                .bodyText()
                .contains("Revisjonsdatoen kan ikke være før datoen avtalen ble signert.", "id=\"revisionDue-error\"");
        assertThat(mvc.post()
                        .uri(base + "/parts/" + part.id() + "/versions")
                        .with(as(coordinator))
                        .with(csrf())
                        .params(form("versionNumber", "1", "signedOn", "2024-05-01", "revisionDue", "2028-04-30")))
                .hasStatusOk()
                .bodyText()
                .contains("Versjonsnummeret må være høyere enn 1.", "id=\"versionNumber-error\"");
        assertThat(mvc.post()
                        .uri(base + "/parts/" + part.id() + "/versions")
                        .with(as(coordinator))
                        .with(csrf())
                        .params(form("versionNumber", "2", "revisionDue", "2028-04-30", "link", "javascript:alert(1)")))
                .hasStatusOk()
                .bodyText()
                .contains("Skriv en nettadresse som begynner med https:// eller http://.");
        assertThat(worlds.rows(s.id())).isEqualTo(before);

        // a version is deleted
        VersionSummary version = part.versions().isEmpty()
                ? agreements
                        .agreement(s.id(), created.id())
                        .parts()
                        .getFirst()
                        .versions()
                        .getFirst()
                : part.versions().getFirst();
        assertThat(mvc.post()
                        .uri(base + "/parts/" + part.id() + "/versions/" + version.id() + "/delete")
                        .with(as(coordinator))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(worlds.rows(s.id())).isEqualTo(before - 1);
    }

    @Test
    void theWrongRoleIsForbidden() {
        var s = worlds.create();
        AgreementSummary agreement = worlds.agreement(s, "Avtale", s.bardu());
        SubAgreementSummary part = worlds.part(s, agreement, 1);
        VersionSummary version =
                worlds.version(s, agreement, part, 1, LocalDate.of(2022, 1, 1), LocalDate.of(2026, 1, 1));
        String base = "/knowledge/agreements/" + agreement.id();
        String v = base + "/parts/" + part.id() + "/versions/" + version.id();
        for (String uri : List.of("/knowledge/agreements", "/knowledge/agreements/matrix", base)) {
            assertThat(mvc.get().uri(uri).with(as(s.world().participant())))
                    .as(uri)
                    .hasStatus(403);
        }
        LoktaUser contact = s.world().contact();
        for (String uri : List.of(
                "/knowledge/agreements/new",
                base + "/edit",
                base + "/parts/new",
                base + "/parts/" + part.id(),
                base + "/parts/" + part.id() + "/versions/new",
                v)) {
            assertThat(mvc.get().uri(uri).with(as(contact))).as(uri).hasStatus(403);
        }
        for (String uri : List.of("/knowledge/agreements", base, base + "/delete", base + "/parts", v, v + "/delete")) {
            assertThat(mvc.post().uri(uri).with(as(contact)).with(csrf()).params(form("title", "x")))
                    .as(uri)
                    .hasStatus(403);
        }
        for (String uri : List.of("/api/v1/agreements", "/api/v1/agreements/matrix")) {
            assertThat(mvc.get().uri(uri).with(as(s.world().participant())))
                    .as(uri)
                    .hasStatus(403);
        }
        assertThat(worlds.rows(s.id())).isEqualTo(4);
    }

    @Test
    void anotherCollaborationsAgreementIsNotFound() {
        var s = worlds.create();
        AgreementSummary agreement = worlds.agreement(s, "Avtale", s.bardu());
        SubAgreementSummary part = worlds.part(s, agreement, 1);
        VersionSummary version =
                worlds.version(s, agreement, part, 1, LocalDate.of(2022, 1, 1), LocalDate.of(2026, 1, 1));
        LoktaUser stranger = worlds.create().world().coordinator();
        String base = "/knowledge/agreements/" + agreement.id();
        String v = base + "/parts/" + part.id() + "/versions/" + version.id();
        for (String uri : List.of(base, base + "/edit", base + "/parts/new", base + "/parts/" + part.id(), v)) {
            assertThat(mvc.get().uri(uri).with(as(stranger))).as(uri).hasStatus(404);
        }
        for (String uri : List.of(base, base + "/delete", base + "/parts", v, v + "/delete")) {
            assertThat(mvc.post()
                            .uri(uri)
                            .with(as(stranger))
                            .with(csrf())
                            .params(form(
                                    "title", "x", "topic", "2", "versionNumber", "2", "revisionDue", "2030-01-01")))
                    .as(uri)
                    .hasStatus(404);
        }
        assertThat(mvc.get().uri("/api/v1/agreements?collaboration=" + s.id()).with(as(stranger)))
                .hasStatus(404);
        assertThat(mvc.get().uri("/knowledge/agreements").with(as(stranger)))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Avtale UNN");
        assertThat(worlds.rows(s.id())).isEqualTo(4);
    }

    @Test
    void aContactSeesTheirOwnMunicipalitysAgreementsAndRowOnly() {
        var s = worlds.create();
        AgreementSummary barduOnly = worlds.agreement(s, "Avtale UNN og Bardu", s.bardu());
        worlds.version(
                s, barduOnly, worlds.part(s, barduOnly, 1), 1, LocalDate.of(2022, 1, 1), LocalDate.of(2099, 1, 1));
        AgreementSummary both = worlds.agreement(
                s, "Avtale UNN, Bardu og Målselv", s.bardu(), s.malselv().id());
        LoktaUser malselv = s.malselvContact();
        assertThat(mvc.get().uri("/knowledge/agreements/" + barduOnly.id()).with(as(malselv)))
                .hasStatus(404);
        assertThat(mvc.get().uri("/knowledge/agreements/" + both.id()).with(as(malselv)))
                .hasStatusOk()
                .bodyText()
                .contains("Avtale UNN, Bardu og Målselv", "Du kan lese avtalen.")
                .doesNotContain("Endre avtalen");
        assertThat(mvc.get().uri("/knowledge/agreements").with(as(malselv)))
                .hasStatusOk()
                .bodyText()
                .contains("Avtale UNN, Bardu og Målselv")
                .doesNotContain("Avtale UNN og Bardu");
        assertThat(mvc.get().uri("/knowledge/agreements/matrix").with(as(malselv)))
                .hasStatusOk()
                .bodyText()
                .contains("Målselv", "Mangler");
        assertThat(mvc.get()
                        .uri("/knowledge/agreements/matrix")
                        .with(as(s.world().contact())))
                .hasStatusOk()
                .bodyText()
                .contains("Bardu")
                .doesNotContain(">Målselv<");

        // the API: the coordinator sees all, a contact their own
        var all = assertThat(
                        mvc.get().uri("/api/v1/agreements").with(as(s.world().coordinator())))
                .hasStatusOk()
                .bodyJson();
        all.extractingPath("$.length()").isEqualTo(2);
        all.extractingPath("$[?(@.title == 'Avtale UNN og Bardu')].subAgreements[0].state")
                .asArray()
                .containsExactly("CURRENT");
        var own = assertThat(mvc.get().uri("/api/v1/agreements").with(as(malselv)))
                .hasStatusOk()
                .bodyJson();
        own.extractingPath("$.length()").isEqualTo(1);
        own.extractingPath("$[0].title").isEqualTo("Avtale UNN, Bardu og Målselv");
        var matrix = assertThat(mvc.get()
                        .uri("/api/v1/agreements/matrix?date=2022-07-31")
                        .with(as(s.world().coordinator())))
                .hasStatusOk()
                .bodyJson();
        matrix.extractingPath("$.rows.length()").isEqualTo(2);
        matrix.extractingPath("$.topics.length()").isEqualTo(13);
        matrix.extractingPath("$.counts.CURRENT").isEqualTo(1);
        matrix.extractingPath("$.counts.NOT_APPLICABLE").isEqualTo(4);
        matrix.extractingPath("$.counts.MISSING").isEqualTo(21);
        var ownRow = assertThat(mvc.get().uri("/api/v1/agreements/matrix").with(as(malselv)))
                .hasStatusOk()
                .bodyJson();
        ownRow.extractingPath("$.rows.length()").isEqualTo(1);
        ownRow.extractingPath("$.rows[0].municipality.name").isEqualTo("Målselv");
        assertThat(mvc.get().uri("/api/v1/agreements")).hasStatus(401);
    }

    @Test
    void theOpenApiDocumentListsThePaths() {
        assertThat(mvc.get().uri("/v3/api-docs"))
                .hasStatusOk()
                .bodyText()
                .contains("\"/api/v1/agreements\"", "\"/api/v1/agreements/matrix\"", "CoverageMatrixResponse");
    }

    private static MultiValueMap<String, String> form(String... pairs) {
        MultiValueMap<String, String> map = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.add(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
