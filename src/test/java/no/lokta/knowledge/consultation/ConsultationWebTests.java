package no.lokta.knowledge.consultation;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import no.lokta.LoktaTest;
import no.lokta.platform.files.Uploads;
import no.lokta.platform.security.LoktaUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The consultation pages and the API: who may see and do what, field messages, documents. */
@LoktaTest
class ConsultationWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ConsultationWorld worlds;

    @Autowired
    ConsultationManagement consultations;

    @Test
    void aConsultationGoesFromInputToASubmittedResponse() {
        var s = worlds.create();
        LoktaUser coordinator = s.coordinator();
        LocalDate today = consultations.today();
        assertThat(mvc.get().uri("/knowledge/consultations/new").with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Ny høring", "Høringsinstans", "pasient");
        assertThat(mvc.post()
                        .uri("/knowledge/consultations")
                        .with(as(coordinator))
                        .with(csrf())
                        .params(form(
                                "title", "Høring om helsefellesskapene",
                                "authority", "Helse- og omsorgsdepartementet",
                                "reference", "24/512",
                                "receivedOn", today.minusDays(3).toString(),
                                "inputDeadline", today.plusDays(10).toString(),
                                "authorityDeadline", today.plusDays(30).toString(),
                                "description", "Forslag om felles planer.",
                                "link", "https://www.regjeringen.no/hoering")))
                .hasStatus3xxRedirection();
        ConsultationSummary c = consultations.consultations(s.id()).getFirst();
        String base = "/knowledge/consultations/" + c.id();
        assertThat(mvc.get().uri("/knowledge/consultations").with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Høring om helsefellesskapene", "Åpen for innspill", "Helse- og omsorgsdepartementet");

        // the contact gives input, sees their own; the other municipality has none
        assertThat(mvc.get().uri("/knowledge/consultations").with(as(s.contact())))
                .hasStatusOk()
                .bodyText()
                .contains("Høring om helsefellesskapene");
        assertThat(mvc.get().uri(base + "/input").with(as(s.contact())))
                .hasStatusOk()
                .bodyText()
                .contains("Innspill til høringen", "pasient");
        assertThat(mvc.post()
                        .uri(base + "/input")
                        .with(as(s.contact()))
                        .with(csrf())
                        .params(form("text", "   ")))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"text-error\"", "Må fylles ut.");
        assertThat(worlds.inputRows(c.id())).isZero();
        assertThat(mvc.post()
                        .uri(base + "/input")
                        .with(as(s.contact()))
                        .with(csrf())
                        .params(form("text", "Bardu støtter forslaget.")))
                .hasStatus3xxRedirection();
        assertThat(mvc.post()
                        .uri(base + "/input")
                        .with(as(s.partner()))
                        .with(csrf())
                        .params(form("text", "UNN støtter forslaget.")))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri(base).with(as(s.contact())))
                .hasStatusOk()
                .bodyText()
                .contains("Bardu støtter forslaget.", "Endre innspillet")
                .doesNotContain("UNN støtter forslaget.");
        assertThat(mvc.get().uri(base).with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Innspill fra medlemmene: 2",
                        "Bardu støtter forslaget.",
                        "UNN støtter forslaget.",
                        "Kommuner uten innspill: 1",
                        "Målselv");

        // drafting, approval, submission
        assertThat(mvc.post().uri(base + "/drafting").with(as(coordinator)).with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(mvc.post()
                        .uri(base + "/input")
                        .with(as(s.malselvContact()))
                        .with(csrf())
                        .params(form("text", "For sent")))
                .hasStatusOk()
                .bodyText()
                .contains("Høringen tar ikke imot innspill lenger");
        assertThat(mvc.post().uri(base + "/approve").with(as(coordinator)).with(csrf()))
                .hasStatus(409)
                .bodyText()
                .contains("Skriv et utkast til svar før det godkjennes.");
        assertThat(mvc.post()
                        .uri(base + "/response")
                        .with(as(coordinator))
                        .with(csrf())
                        .params(form("text", "")))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"text-error\"");
        assertThat(mvc.post()
                        .uri(base + "/response")
                        .with(as(coordinator))
                        .with(csrf())
                        .params(form("text", "Samarbeidet støtter forslaget.")))
                .hasStatus3xxRedirection();
        assertThat(mvc.post().uri(base + "/approve").with(as(coordinator)).with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(mvc.post()
                        .uri(base + "/submission")
                        .with(as(coordinator))
                        .with(csrf())
                        .params(form("submittedOn", today.plusDays(2).toString())))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"submittedOn-error\"", "Datoen kan ikke være fram i tid.");
        assertThat(consultations.consultation(s.id(), c.id()).status()).isEqualTo(ConsultationStatus.APPROVED);
        assertThat(mvc.post()
                        .uri(base + "/submission")
                        .with(as(coordinator))
                        .with(csrf())
                        .params(form("submittedOn", today.toString(), "note", "Sendt via regjeringen.no")))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri(base).with(as(s.contact())))
                .hasStatusOk()
                .bodyText()
                .contains("Svar sendt", "Samarbeidet støtter forslaget.");
        assertThat(mvc.get().uri(base).with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Svaret er godkjent eller sendt og kan ikke endres.")
                .doesNotContain("Endre utkastet");
        assertThat(mvc.post()
                        .uri(base + "/response")
                        .with(as(coordinator))
                        .with(csrf())
                        .params(form("text", "Endret etterpå")))
                .hasStatus(409);
        assertThat(consultations.responses(s.id(), c.id())).hasSize(1);
    }

    @Test
    void badInputGivesFieldMessagesAndSavesNothing() {
        var s = worlds.create();
        ConsultationSummary kept = worlds.open(s, "Høring");
        int before = worlds.rows(s.id());
        String state = worlds.state(s.id());
        assertThat(mvc.post()
                        .uri("/knowledge/consultations")
                        .with(as(s.coordinator()))
                        .with(csrf())
                        .params(form(
                                "title", "Høring",
                                "authority", "Helsedirektoratet",
                                "receivedOn", "2024-03-10",
                                "inputDeadline", "2024-03-01",
                                "authorityDeadline", "2024-04-01",
                                "link", "javascript:alert(1)")))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "id=\"inputDeadline-error\"",
                        "Fristen for innspill kan ikke være før høringen ble mottatt.",
                        "id=\"link-error\"",
                        "Skriv en nettadresse som begynner med https:// eller http://.");
        assertThat(mvc.post()
                        .uri("/knowledge/consultations/" + kept.id())
                        .with(as(s.coordinator()))
                        .with(csrf())
                        .params(form("title", "", "authority", "HOD", "receivedOn", "2024-01-01")))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"title-error\"", "id=\"inputDeadline-error\"", "id=\"authorityDeadline-error\"");
        assertThat(mvc.post()
                        .uri("/knowledge/consultations/" + kept.id())
                        .with(as(s.coordinator()))
                        .with(csrf())
                        .params(form("title", "Høring", "authority", "HOD", "receivedOn", "ikke en dato")))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"receivedOn-error\"", "Skriv en gyldig dato");
        assertThat(worlds.rows(s.id())).isEqualTo(before);
        assertThat(worlds.state(s.id())).isEqualTo(state);
    }

    @Test
    void documentsAreCheckedAndOnlyTheCollaborationDownloadsThem() {
        var s = worlds.create();
        ConsultationSummary c = worlds.open(s, "Høring med dokumenter");
        String base = "/knowledge/consultations/" + c.id();
        byte[] pdf = "%PDF-1.4 høringsnotat".getBytes(StandardCharsets.UTF_8);
        assertThat(mvc.post()
                        .multipart()
                        .uri(base + "/documents")
                        .file(new MockMultipartFile("file", "Høringsnotat.pdf", "application/pdf", pdf))
                        .with(as(s.coordinator()))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        int before = worlds.rows(s.id());
        assertThat(mvc.post()
                        .multipart()
                        .uri(base + "/documents")
                        .file(new MockMultipartFile("file", "program.exe", "application/pdf", pdf))
                        .with(as(s.coordinator()))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"file-error\"", "Denne filtypen kan ikke lastes opp.");
        assertThat(mvc.post()
                        .multipart()
                        .uri(base + "/documents")
                        .file(new MockMultipartFile("file", "fake.pdf", "application/pdf", "MZ not a pdf".getBytes()))
                        .with(as(s.coordinator()))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"file-error\"", "Innholdet i filen passer ikke til filtypen i navnet.");
        byte[] large = new byte[Uploads.MAX_BYTES + 1];
        System.arraycopy(pdf, 0, large, 0, pdf.length);
        assertThat(mvc.post()
                        .multipart()
                        .uri(base + "/documents")
                        .file(new MockMultipartFile("file", "stor.pdf", "application/pdf", large))
                        .with(as(s.coordinator()))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"file-error\"", "Filen er for stor.");
        assertThat(mvc.post()
                        .multipart()
                        .uri(base + "/documents")
                        .file(new MockMultipartFile("file", "Høringsnotat.pdf", "application/pdf", pdf))
                        .with(as(s.contact()))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(worlds.rows(s.id())).isEqualTo(before);

        ConsultationDocument doc = consultations.documents(s.id(), c.id()).getFirst();
        String download = base + "/documents/" + doc.id();
        for (LoktaUser reader : List.of(s.coordinator(), s.contact(), s.partner())) {
            var result = mvc.get().uri(download).with(as(reader)).exchange();
            assertThat(result).hasStatusOk().hasContentType("application/pdf");
            assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(pdf);
        }
        assertThat(mvc.get().uri(download).with(as(s.world().participant()))).hasStatus(403);
        var other = worlds.create();
        assertThat(mvc.get().uri(download).with(as(other.coordinator()))).hasStatus(404);
        assertThat(mvc.post()
                        .uri(download + "/delete")
                        .with(as(other.coordinator()))
                        .with(csrf()))
                .hasStatus(404);
        assertThat(worlds.rows(s.id())).isEqualTo(before);
        assertThat(mvc.post()
                        .uri(download + "/delete")
                        .with(as(s.coordinator()))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(worlds.rows(s.id())).isEqualTo(before - 1);
    }

    @Test
    void theWrongRoleIsForbidden() {
        var s = worlds.create();
        ConsultationSummary c = worlds.open(s, "Høring");
        String base = "/knowledge/consultations/" + c.id();
        int before = worlds.rows(s.id());
        for (LoktaUser outsider : List.of(s.world().participant(), s.resourceGroupMember())) {
            for (String uri : List.of(
                    "/knowledge/consultations",
                    base,
                    base + "/input",
                    "/api/v1/consultations",
                    "/api/v1/consultations/" + c.id())) {
                assertThat(mvc.get().uri(uri).with(as(outsider))).as(uri).hasStatus(403);
            }
            assertThat(mvc.post()
                            .uri(base + "/input")
                            .with(as(outsider))
                            .with(csrf())
                            .params(form("text", "x")))
                    .hasStatus(403);
        }
        for (LoktaUser member : List.of(s.contact(), s.partner())) {
            for (String uri : List.of(
                    "/knowledge/consultations/new",
                    base + "/edit",
                    base + "/response",
                    base + "/submission",
                    base + "/close")) {
                assertThat(mvc.get().uri(uri).with(as(member))).as(uri).hasStatus(403);
            }
            for (String uri : List.of(
                    "/knowledge/consultations",
                    base,
                    base + "/drafting",
                    base + "/approve",
                    base + "/withdraw-approval",
                    base + "/response",
                    base + "/submission",
                    base + "/close")) {
                assertThat(mvc.post()
                                .uri(uri)
                                .with(as(member))
                                .with(csrf())
                                .params(form("title", "x", "text", "x", "submittedOn", "2024-01-01")))
                        .as(uri)
                        .hasStatus(403);
            }
        }
        // the coordinator speaks for no organisation
        assertThat(mvc.get().uri(base + "/input").with(as(s.coordinator()))).hasStatus(403);
        assertThat(worlds.rows(s.id())).isEqualTo(before);
        assertThat(consultations.consultation(s.id(), c.id()).status()).isEqualTo(ConsultationStatus.OPEN_FOR_INPUT);
    }

    @Test
    void anotherCollaborationsConsultationIsNotFoundAndUnchanged() {
        var s = worlds.create();
        ConsultationSummary c = worlds.open(s, "Høring i eget samarbeid");
        String base = "/knowledge/consultations/" + c.id();
        var other = worlds.create();
        String state = worlds.state(s.id());
        int rows = worlds.rows(s.id());
        for (String uri : List.of(base, base + "/edit", base + "/response", base + "/submission", base + "/close")) {
            assertThat(mvc.get().uri(uri).with(as(other.coordinator()))).as(uri).hasStatus(404);
        }
        for (String uri : List.of(
                base,
                base + "/drafting",
                base + "/approve",
                base + "/withdraw-approval",
                base + "/response",
                base + "/submission",
                base + "/close")) {
            assertThat(mvc.post()
                            .uri(uri)
                            .with(as(other.coordinator()))
                            .with(csrf())
                            .params(form(
                                    "title", "Kapret",
                                    "authority", "HOD",
                                    "receivedOn", "2024-01-01",
                                    "inputDeadline", "2024-02-01",
                                    "authorityDeadline", "2024-03-01",
                                    "text", "Kapret",
                                    "submittedOn", "2024-02-01")))
                    .as(uri)
                    .hasStatus(404);
        }
        assertThat(mvc.post()
                        .multipart()
                        .uri(base + "/documents")
                        .file(new MockMultipartFile("file", "a.txt", "text/plain", "hei".getBytes()))
                        .with(as(other.coordinator()))
                        .with(csrf()))
                .hasStatus(404);
        assertThat(mvc.get().uri(base + "/input").with(as(other.contact()))).hasStatus(404);
        assertThat(mvc.post()
                        .uri(base + "/input")
                        .with(as(other.contact()))
                        .with(csrf())
                        .params(form("text", "Fremmed innspill")))
                .hasStatus(404);
        assertThat(mvc.get().uri("/knowledge/consultations").with(as(other.coordinator())))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Høring i eget samarbeid");
        assertThat(worlds.state(s.id())).isEqualTo(state);
        assertThat(worlds.rows(s.id())).isEqualTo(rows);
    }

    @Test
    void theApiGivesTheConsultationsWithStatusAndInputCount() {
        var s = worlds.create();
        ConsultationSummary c = worlds.open(s, "Høring i API-et");
        consultations.giveInput(s.id(), c.id(), worlds.respondent(s.bardu(), s.contact()), "Innspill");
        var list = assertThat(mvc.get().uri("/api/v1/consultations").with(as(s.contact())))
                .hasStatusOk()
                .bodyJson();
        list.extractingPath("$.length()").isEqualTo(1);
        list.extractingPath("$[0].title").isEqualTo("Høring i API-et");
        list.extractingPath("$[0].status").isEqualTo("OPEN_FOR_INPUT");
        list.extractingPath("$[0].inputs").isEqualTo(1);
        var one = assertThat(mvc.get()
                        .uri("/api/v1/consultations/" + c.id() + "?collaboration=" + s.id())
                        .with(as(s.coordinator())))
                .hasStatusOk()
                .bodyJson();
        one.extractingPath("$.authority").isEqualTo("Helse- og omsorgsdepartementet");
        one.extractingPath("$.inputs").isEqualTo(1);
        one.extractingPath("$.documents.length()").isEqualTo(0);

        var other = worlds.create();
        assertThat(mvc.get().uri("/api/v1/consultations/" + c.id()).with(as(other.coordinator())))
                .hasStatus(404)
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo(404);
        assertThat(mvc.get()
                        .uri("/api/v1/consultations?collaboration=" + s.id())
                        .with(as(other.coordinator())))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/consultations").with(as(other.coordinator())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(0);
        assertThat(mvc.get().uri("/api/v1/consultations/not-an-id").with(as(s.coordinator())))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo(400);
        assertThat(mvc.get().uri("/api/v1/consultations")).hasStatus(401);
        assertThat(mvc.get().uri("/v3/api-docs"))
                .hasStatusOk()
                .bodyText()
                .contains("\"/api/v1/consultations\"", "\"/api/v1/consultations/{id}\"", "ConsultationResponse");
    }

    private static MultiValueMap<String, String> form(String... pairs) {
        MultiValueMap<String, String> map = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.add(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
