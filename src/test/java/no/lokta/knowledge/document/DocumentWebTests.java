package no.lokta.knowledge.document;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.platform.files.Uploads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The document pages, the public pages and the API: who may see and change what, and field messages on bad input. */
@LoktaTest
class DocumentWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DocumentWorld worlds;

    @Autowired
    DocumentManagement documents;

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("file", name, "application/octet-stream", content);
    }

    private DocumentSummary create(UUID c, String title, Visibility visibility) {
        return documents.create(
                c, new DocumentCommand(title, "", visibility, Set.of()), DocumentWorld.pdf("fil.pdf"), "Hilde Dalen");
    }

    @Test
    void aCoordinatorUploadsEditsAddsAVersionAndDeletes() {
        var s = worlds.create();
        var coordinator = s.world().coordinator();
        assertThat(mvc.get().uri("/knowledge/documents/new").with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Last opp dokument", "Palliasjon", "Styringsgruppen", "Velferdsteknologi", "id=\"forumIds\"");
        assertThat(mvc.post()
                        .multipart()
                        .uri("/knowledge/documents")
                        .file(file("mandat.pdf", DocumentWorld.PDF))
                        .param("title", "Mandat for styringsgruppen")
                        .param("description", "Vedtatt i 2026.")
                        .param("visibility", "MEMBERS")
                        .param("forumIds", s.forum().toString())
                        .param("projectIds", s.project().toString())
                        .param("note", "Første utgave")
                        .with(as(coordinator))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        DocumentSummary d = documents
                .documents(s.id(), Viewer.COORDINATOR, DocumentFilter.ALL)
                .getFirst();
        assertThat(d.links())
                .extracting(DocumentLink::name)
                .containsExactlyInAnyOrder("Styringsgruppen", "Velferdsteknologi");
        String base = "/knowledge/documents/" + d.id();
        assertThat(mvc.get().uri("/knowledge/documents?forum=" + s.forum()).with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Mandat for styringsgruppen", "Antall dokumenter: 1");
        assertThat(mvc.get().uri("/knowledge/documents?network=" + s.network()).with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Antall dokumenter: 0");
        assertThat(mvc.get()
                        .uri("/knowledge/documents?q=styring&link=PROJECT:" + s.project())
                        .with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Mandat for styringsgruppen", "Antall dokumenter: 1");

        assertThat(mvc.post()
                        .multipart()
                        .uri(base + "/versions")
                        .file(file("mandat-2.txt", "Ny tekst".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .param("note", "Rettet skrivefeil")
                        .with(as(coordinator))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri(base).with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Versjoner: 2",
                        "mandat-2.txt",
                        "mandat.pdf",
                        "Rettet skrivefeil",
                        "Første utgave",
                        "(gjeldende)");
        assertThat(mvc.get().uri(base + "/versions/1/file").with(as(coordinator)))
                .hasStatusOk()
                .hasContentType("application/pdf")
                .hasHeader("X-Content-Type-Options", "nosniff");

        assertThat(mvc.post()
                        .uri(base)
                        .param("title", "Mandat")
                        .param("description", "")
                        .param("visibility", "COORDINATORS")
                        .param("networkIds", s.network().toString())
                        .with(as(coordinator))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        DocumentSummary edited = documents.document(s.id(), d.id(), Viewer.COORDINATOR);
        assertThat(edited.title()).isEqualTo("Mandat");
        assertThat(edited.visibility()).isEqualTo(Visibility.COORDINATORS);
        assertThat(edited.links()).extracting(DocumentLink::name).containsExactly("Palliasjon");
        assertThat(edited.versions()).hasSize(2);

        assertThat(mvc.get().uri(base + "/delete").with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Slette «Mandat»?", "Ja, slett dokumentet");
        assertThat(mvc.post().uri(base + "/delete").with(as(coordinator)).with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(worlds.rows(s.id())).isZero();
    }

    @Test
    void aFileOfTheWrongTypeOrSizeIsRefusedWithAFieldMessage() {
        var s = worlds.create();
        var coordinator = s.world().coordinator();
        assertThat(mvc.post()
                        .multipart()
                        .uri("/knowledge/documents")
                        .file(file("program.exe", DocumentWorld.PDF))
                        .param("title", "Program")
                        .param("visibility", "MEMBERS")
                        .with(as(coordinator))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Denne filtypen kan ikke lastes opp.", "id=\"file-error\"");
        byte[] large = Arrays.copyOf(DocumentWorld.PDF, Uploads.MAX_BYTES + 1);
        assertThat(mvc.post()
                        .multipart()
                        .uri("/knowledge/documents")
                        .file(file("stor.pdf", large))
                        .param("title", "Stor")
                        .param("visibility", "MEMBERS")
                        .with(as(coordinator))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Filen er for stor. Den kan være høyst 5 MB.", "id=\"file-error\"");
        assertThat(mvc.post()
                        .multipart()
                        .uri("/knowledge/documents")
                        .param("title", "Uten fil")
                        .param("visibility", "MEMBERS")
                        .with(as(coordinator))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Velg en fil å laste opp.");
        assertThat(worlds.rows(s.id())).isZero();

        DocumentSummary d = create(s.id(), "Referat", Visibility.MEMBERS);
        int before = worlds.rows(s.id());
        assertThat(mvc.post()
                        .multipart()
                        .uri("/knowledge/documents/" + d.id() + "/versions")
                        .file(file("referat.pdf", "ikke en pdf".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .with(as(coordinator))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Innholdet i filen passer ikke til filtypen i navnet.", "id=\"file-error\"");
        assertThat(worlds.rows(s.id())).isEqualTo(before);
    }

    @Test
    void forgedLinkIdsAreRefusedAndNothingIsSaved() {
        var s = worlds.create();
        var other = worlds.create();
        var coordinator = s.world().coordinator();
        assertThat(mvc.post()
                        .multipart()
                        .uri("/knowledge/documents")
                        .file(file("mandat.pdf", DocumentWorld.PDF))
                        .param("title", "Mandat")
                        .param("visibility", "MEMBERS")
                        .param("forumIds", other.forum().toString())
                        .param(
                                "networkIds",
                                s.network().toString(),
                                other.network().toString())
                        .with(as(coordinator))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Velg blant samarbeidets egne.", "id=\"forumIds-error\"", "id=\"networkIds-error\"");
        assertThat(worlds.rows(s.id())).isZero();

        DocumentSummary d = create(s.id(), "Referat", Visibility.MEMBERS);
        int before = worlds.rows(s.id());
        assertThat(mvc.post()
                        .uri("/knowledge/documents/" + d.id())
                        .param("title", "Referat")
                        .param("visibility", "MEMBERS")
                        .param("agreementIds", UUID.randomUUID().toString())
                        .with(as(coordinator))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Velg blant samarbeidets egne.", "id=\"agreementIds-error\"");
        assertThat(worlds.rows(s.id())).isEqualTo(before);
    }

    @Test
    void aReaderSeesTheNamesOfOnlyTheLinkedThingsTheyMayOpen() {
        var s = worlds.create();
        DocumentSummary d = documents.create(
                s.id(),
                new DocumentCommand(
                        "Handlingsplan",
                        "",
                        Visibility.MEMBERS,
                        Set.of(
                                new LinkTarget(LinkKind.NETWORK, s.network()),
                                new LinkTarget(LinkKind.FORUM, s.forum()),
                                new LinkTarget(LinkKind.PROJECT, s.project()))),
                DocumentWorld.pdf("plan.pdf"),
                "Hilde Dalen");
        String page = "/knowledge/documents/" + d.id();
        assertThat(mvc.get().uri(page).with(as(s.world().coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("Palliasjon", "Styringsgruppen", "Velferdsteknologi");
        // a contact reads fora but not projects; a participant reads neither
        assertThat(mvc.get().uri(page).with(as(s.world().contact())))
                .hasStatusOk()
                .bodyText()
                .contains("Palliasjon", "Styringsgruppen")
                .doesNotContain("Velferdsteknologi");
        assertThat(mvc.get().uri(page).with(as(s.world().participant())))
                .hasStatusOk()
                .bodyText()
                .contains("Palliasjon")
                .doesNotContain("Styringsgruppen", "Velferdsteknologi");
        assertThat(mvc.get().uri("/knowledge/documents").with(as(s.world().participant())))
                .hasStatusOk()
                .bodyText()
                .contains("Handlingsplan")
                .doesNotContain("Styringsgruppen", "Velferdsteknologi");
        assertThat(mvc.get()
                        .uri("/api/v1/documents/{id}", d.id())
                        .with(as(s.world().participant())))
                .hasStatusOk()
                .bodyText()
                .contains("Palliasjon")
                .doesNotContain("Styringsgruppen", "Velferdsteknologi");
        // the network's page lists its documents, those the reader may see
        documents.create(
                s.id(),
                new DocumentCommand(
                        "Budsjettnotat",
                        "",
                        Visibility.COORDINATORS,
                        Set.of(new LinkTarget(LinkKind.NETWORK, s.network()))),
                DocumentWorld.pdf("budsjett.pdf"),
                "Hilde Dalen");
        assertThat(mvc.get().uri("/networks/" + s.network()).with(as(s.world().coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("Handlingsplan", "Budsjettnotat");
        assertThat(mvc.get().uri("/networks/" + s.network()).with(as(s.world().participant())))
                .hasStatusOk()
                .bodyText()
                .contains("Handlingsplan")
                .doesNotContain("Budsjettnotat");
    }

    @Test
    void anotherCollaborationsDocumentIsNotFoundAndStaysAsItWas() {
        var s = worlds.create();
        var other = worlds.create();
        DocumentSummary d = create(s.id(), "Referat", Visibility.MEMBERS);
        String base = "/knowledge/documents/" + d.id();
        var stranger = other.world().coordinator();
        int before = worlds.rows(s.id());
        assertThat(mvc.get().uri(base).with(as(stranger))).hasStatus(404);
        assertThat(mvc.get().uri(base + "/edit").with(as(stranger))).hasStatus(404);
        assertThat(mvc.get().uri(base + "/versions/1/file").with(as(stranger))).hasStatus(404);
        assertThat(mvc.get().uri(base + "/delete").with(as(stranger))).hasStatus(404);
        assertThat(mvc.post().uri(base + "/delete").with(as(stranger)).with(csrf()))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri(base)
                        .param("title", "Kapret")
                        .param("visibility", "PUBLIC")
                        .with(as(stranger))
                        .with(csrf()))
                .hasStatus(404);
        assertThat(mvc.post()
                        .multipart()
                        .uri(base + "/versions")
                        .file(file("x.pdf", DocumentWorld.PDF))
                        .with(as(stranger))
                        .with(csrf()))
                .hasStatus(404);
        assertThat(worlds.rows(s.id())).isEqualTo(before);
        assertThat(documents.document(s.id(), d.id(), Viewer.COORDINATOR).title())
                .isEqualTo("Referat");
    }

    @Test
    void aParticipantSeesNeitherCoordinatorsDocumentsNorTheirOldVersionsAndChangesNothing() {
        var s = worlds.create();
        var participant = s.world().participant();
        DocumentSummary members = create(s.id(), "Referat fra nettverket", Visibility.MEMBERS);
        DocumentSummary hidden = create(s.id(), "Budsjettutkast", Visibility.COORDINATORS);
        documents.addVersion(s.id(), hidden.id(), DocumentWorld.pdf("utkast-2.pdf"), "Hilde Dalen");
        assertThat(mvc.get().uri("/knowledge/documents").with(as(participant)))
                .hasStatusOk()
                .bodyText()
                .contains("Referat fra nettverket")
                .doesNotContain("Budsjettutkast", "Last opp dokument");
        assertThat(mvc.get().uri("/knowledge/documents/" + members.id()).with(as(participant)))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Endre dokumentet", "Last opp ny versjon");
        assertThat(mvc.get()
                        .uri("/knowledge/documents/" + members.id() + "/versions/1/file")
                        .with(as(participant)))
                .hasStatusOk();
        String base = "/knowledge/documents/" + hidden.id();
        assertThat(mvc.get().uri(base).with(as(participant))).hasStatus(404);
        assertThat(mvc.get().uri(base + "/versions/1/file").with(as(participant)))
                .hasStatus(404);
        assertThat(mvc.get().uri(base + "/versions/2/file").with(as(participant)))
                .hasStatus(404);

        int before = worlds.rows(s.id());
        assertThat(mvc.get().uri("/knowledge/documents/new").with(as(participant)))
                .hasStatus(403);
        assertThat(mvc.post()
                        .multipart()
                        .uri("/knowledge/documents")
                        .file(file("mandat.pdf", DocumentWorld.PDF))
                        .param("title", "Mandat")
                        .param("visibility", "MEMBERS")
                        .with(as(participant))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(mvc.post()
                        .multipart()
                        .uri("/knowledge/documents/" + members.id() + "/versions")
                        .file(file("x.pdf", DocumentWorld.PDF))
                        .with(as(participant))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/knowledge/documents/" + members.id() + "/delete")
                        .with(as(participant))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(worlds.rows(s.id())).isEqualTo(before);
    }

    @Test
    void aPublicDocumentIsThereWithoutSigningInAMembersDocumentIsNot() {
        var s = worlds.create();
        DocumentSummary open = create(s.id(), "Årsrapport 2025", Visibility.PUBLIC);
        documents.addVersion(
                s.id(),
                open.id(),
                new Upload("arsrapport.txt", "Rettet".getBytes(java.nio.charset.StandardCharsets.UTF_8), "Rettelse"),
                "Hilde Dalen");
        DocumentSummary members = create(s.id(), "Referat", Visibility.MEMBERS);
        assertThat(mvc.get().uri("/documents/" + open.id()))
                .hasStatusOk()
                .bodyText()
                .contains("Årsrapport 2025", "Versjon 1: fil.pdf", "Rettelse");
        assertThat(mvc.get().uri("/documents/" + open.id() + "/versions/1/file"))
                .hasStatusOk()
                .hasContentType("application/pdf")
                .hasHeader("Content-Disposition", "attachment; filename=\"fil.pdf\"; filename*=UTF-8''fil.pdf");
        assertThat(mvc.get().uri("/documents/" + open.id() + "/versions/2/file"))
                .hasStatusOk();
        assertThat(mvc.get().uri("/documents/" + members.id())).hasStatus(404);
        assertThat(mvc.get().uri("/documents/" + members.id() + "/versions/1/file"))
                .hasStatus(404);
        assertThat(mvc.get().uri("/documents/" + UUID.randomUUID())).hasStatus(404);
        assertThat(mvc.get().uri("/knowledge/documents/" + open.id())).hasStatus3xxRedirection();
        assertThat(mvc.get()
                        .uri("/knowledge/documents/" + open.id())
                        .with(as(s.world().coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("Åpne den offentlige siden");
    }

    @Test
    void theApiGivesWhatTheCallerMaySee() {
        var s = worlds.create();
        DocumentSummary members = documents.create(
                s.id(),
                new DocumentCommand(
                        "Referat", "Fra møtet", Visibility.MEMBERS, Set.of(new LinkTarget(LinkKind.FORUM, s.forum()))),
                DocumentWorld.pdf("referat.pdf"),
                "Hilde Dalen");
        documents.addVersion(s.id(), members.id(), DocumentWorld.pdf("referat-2.pdf"), "Per Hansen");
        DocumentSummary hidden = create(s.id(), "Budsjettutkast", Visibility.COORDINATORS);
        var participant = s.world().participant();
        var list = assertThat(mvc.get().uri("/api/v1/documents").with(as(participant)))
                .hasStatusOk()
                .bodyJson();
        list.extractingPath("$[*].title").asArray().containsExactly("Referat");
        list.extractingPath("$[0].currentVersion.number").isEqualTo(2);
        // a participant does not read fora, so does not see the forum's name; a contact does
        list.extractingPath("$[0].links").asArray().isEmpty();
        assertThat(mvc.get().uri("/api/v1/documents").with(as(s.world().contact())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].links[0].name")
                .isEqualTo("Styringsgruppen");
        var one = assertThat(
                        mvc.get().uri("/api/v1/documents/{id}", members.id()).with(as(participant)))
                .hasStatusOk()
                .bodyJson();
        one.extractingPath("$.versions[*].number").asArray().containsExactly(2, 1);
        one.extractingPath("$.versions[1].fileName").isEqualTo("referat.pdf");
        one.extractingPath("$.versions[0].uploadedBy").isEqualTo("Per Hansen");
        one.extractingPath("$.currentVersion").isEqualTo(2);
        assertThat(mvc.get().uri("/api/v1/documents/{id}", hidden.id()).with(as(participant)))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/api/v1/documents/{id}", hidden.id())
                        .with(as(s.world().coordinator())))
                .hasStatusOk();
        var other = worlds.create();
        assertThat(mvc.get()
                        .uri("/api/v1/documents/{id}", members.id())
                        .with(as(other.world().coordinator())))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/api/v1/documents?collaboration={c}", s.id())
                        .with(as(other.world().coordinator())))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/documents/not-an-id").with(as(participant)))
                .hasStatus(400)
                .bodyText()
                .contains("\"status\":400");
        assertThat(mvc.get().uri("/api/v1/documents")).hasStatus(401);
        assertThat(mvc.get().uri("/v3/api-docs"))
                .hasStatusOk()
                .bodyText()
                .contains("/api/v1/documents/{id}", "/api/v1/documents");
    }
}
