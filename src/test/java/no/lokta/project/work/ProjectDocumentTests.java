package no.lokta.project.work;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import no.lokta.LoktaTest;
import no.lokta.project.funding.ApplicationSummary;
import no.lokta.project.funding.ProjectFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A project's documents: what is taken, what is refused (and not stored), and who may see them. */
@LoktaTest
class ProjectDocumentTests {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ProjectFixtures fixtures;

    @Autowired
    ProjectManagement projects;

    @Test
    void aPdfOfAnApplicationIsStoredAndDownloaded() {
        var s = fixtures.create();
        ApplicationSummary a = fixtures.submitted(s);
        String documents = "/projects/" + s.project().id() + "/documents";
        assertThat(mvc.post()
                        .uri(documents)
                        .multipart()
                        .file(new MockMultipartFile("file", "C:\\fakepath\\søknad.pdf", "application/pdf", PDF))
                        .param("applicationId", a.id().toString())
                        .with(as(s.world().coordinator()))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        DocumentSummary d = projects.documents(s.world().id(), s.project().id()).getFirst();
        assertThat(d.fileName()).isEqualTo("søknad.pdf");
        assertThat(d.applicationLabel()).isEqualTo("Statsforvalteren i Troms og Finnmark 2030");
        assertThat(mvc.get().uri(documents).with(as(s.world().coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("søknad.pdf", "Statsforvalteren i Troms og Finnmark 2030");
        var download = mvc.get()
                .uri(documents + "/" + d.id())
                .with(as(s.world().coordinator()))
                .exchange();
        assertThat(download).hasStatusOk().hasContentType("application/pdf");
        assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);
    }

    @Test
    void aWrongFileOrAnotherProjectsApplicationIsRefusedAndNothingStored() {
        var s = fixtures.create();
        var other = fixtures.create();
        ApplicationSummary theirs = fixtures.submitted(other);
        String documents = "/projects/" + s.project().id() + "/documents";
        assertThat(mvc.post()
                        .uri(documents)
                        .multipart()
                        .file(new MockMultipartFile("file", "program.exe", "application/pdf", PDF))
                        .with(as(s.world().coordinator()))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Denne filtypen kan ikke lastes opp.");
        assertThat(mvc.post()
                        .uri(documents)
                        .multipart()
                        .file(new MockMultipartFile("file", "falsk.pdf", "application/pdf", "MZ".getBytes()))
                        .with(as(s.world().coordinator()))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Innholdet i filen passer ikke til filtypen i navnet.");
        assertThat(mvc.post()
                        .uri(documents)
                        .multipart()
                        .file(new MockMultipartFile("file", "stor.pdf", "application/pdf", large()))
                        .with(as(s.world().coordinator()))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Filen er for stor. Den kan være høyst 5 MB.");
        assertThat(mvc.post()
                        .uri(documents)
                        .multipart()
                        .file(new MockMultipartFile("file", "ok.pdf", "application/pdf", PDF))
                        .param("applicationId", theirs.id().toString())
                        .with(as(s.world().coordinator()))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Velg en søknad i dette prosjektet.");
        assertThat(projects.documents(s.world().id(), s.project().id())).isEmpty();
    }

    @Test
    void documentsAreTheCoordinatorsOfTheirOwnCollaboration() {
        var s = fixtures.create();
        var other = fixtures.create();
        DocumentSummary d = projects.attach(s.world().id(), s.project().id(), null, "plan.pdf", PDF, "Kari");
        String documents = "/projects/" + s.project().id() + "/documents";
        assertThat(mvc.get().uri(documents).with(as(s.world().contact()))).hasStatus(403);
        assertThat(mvc.get().uri(documents + "/" + d.id()).with(as(s.world().participant())))
                .hasStatus(403);
        assertThat(mvc.get().uri(documents + "/" + d.id()).with(as(other.world().coordinator())))
                .hasStatus(404);
        // their own project's address with my document's id is not found either
        assertThat(mvc.get()
                        .uri("/projects/" + other.project().id() + "/documents/" + d.id())
                        .with(as(other.world().coordinator())))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/projects/" + other.project().id() + "/documents/" + d.id() + "/delete")
                        .with(as(other.world().coordinator()))
                        .with(csrf()))
                .hasStatus(404);
        assertThat(projects.documents(s.world().id(), s.project().id())).hasSize(1);
    }

    private static byte[] large() {
        byte[] content = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, content, 0, PDF.length);
        return content;
    }
}
