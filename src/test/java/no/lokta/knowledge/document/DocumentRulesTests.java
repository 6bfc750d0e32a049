package no.lokta.knowledge.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import no.lokta.LoktaTest;
import no.lokta.knowledge.forum.ForumManagement;
import no.lokta.knowledge.forum.MeetingCommand;
import no.lokta.platform.web.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Versions, their numbers under concurrent uploads, who sees what, and the links' rules. */
@LoktaTest
class DocumentRulesTests {

    @Autowired
    DocumentManagement documents;

    @Autowired
    DocumentWorld worlds;

    @Autowired
    ForumManagement fora;

    private DocumentSummary create(UUID c, String title, Visibility visibility, Set<LinkTarget> links) {
        return documents.create(
                c, new DocumentCommand(title, "", visibility, links), DocumentWorld.pdf("a.pdf"), "Hilde Dalen");
    }

    @Test
    void eachUploadIsANewVersionAndOlderOnesStayDownloadable() {
        var s = worlds.create();
        DocumentSummary d = create(s.id(), "Mandat", Visibility.MEMBERS, Set.of());
        assertThat(d.current().number()).isEqualTo(1);
        byte[] second = "andre versjon".getBytes(StandardCharsets.UTF_8);
        VersionSummary v2 = documents.addVersion(s.id(), d.id(), new Upload("mandat.txt", second, "Ny tekst"), "Per");
        assertThat(v2.number()).isEqualTo(2);
        assertThat(v2.note()).isEqualTo("Ny tekst");
        assertThat(v2.contentType()).startsWith("text/plain");
        DocumentSummary after = documents.document(s.id(), d.id(), Viewer.MEMBER);
        assertThat(after.versions()).extracting(VersionSummary::number).containsExactly(2, 1);
        assertThat(after.current().fileName()).isEqualTo("mandat.txt");
        assertThat(documents.file(s.id(), d.id(), 1, Viewer.MEMBER).content()).isEqualTo(DocumentWorld.PDF);
        assertThat(documents.file(s.id(), d.id(), 2, Viewer.MEMBER).content()).isEqualTo(second);
        assertThatThrownBy(() -> documents.file(s.id(), d.id(), 3, Viewer.MEMBER))
                .isInstanceOf(DocumentNotFound.class);
    }

    @Test
    void manyUploadsAtOnceGetNumbersWithoutGapsOrDuplicates() throws Exception {
        var s = worlds.create();
        DocumentSummary d = create(s.id(), "Rapport", Visibility.MEMBERS, Set.of());
        int uploads = 20;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> numbers = new ArrayList<>();
        try {
            for (int i = 0; i < uploads; i++) {
                String name = "rapport-" + i + ".pdf";
                numbers.add(pool.submit(() -> {
                    start.await();
                    return documents
                            .addVersion(s.id(), d.id(), DocumentWorld.pdf(name), "Per")
                            .number();
                }));
            }
            start.countDown();
            List<Integer> got = new ArrayList<>();
            for (Future<Integer> f : numbers) {
                got.add(f.get());
            }
            assertThat(got)
                    .containsExactlyInAnyOrderElementsOf(
                            IntStream.rangeClosed(2, uploads + 1).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
        assertThat(documents.document(s.id(), d.id(), Viewer.COORDINATOR).versions())
                .extracting(VersionSummary::number)
                .containsExactlyElementsOf(IntStream.iterate(uploads + 1, n -> n >= 1, n -> n - 1)
                        .boxed()
                        .toList());
    }

    @Test
    void eachViewerSeesWhatTheDocumentsVisibilityAllows() {
        var s = worlds.create();
        DocumentSummary open = create(s.id(), "Årsrapport", Visibility.PUBLIC, Set.of());
        DocumentSummary members = create(s.id(), "Referat", Visibility.MEMBERS, Set.of());
        DocumentSummary coordinators = create(s.id(), "Budsjettutkast", Visibility.COORDINATORS, Set.of());
        documents.addVersion(s.id(), coordinators.id(), DocumentWorld.pdf("utkast-2.pdf"), "Per");

        assertThat(documents.documents(s.id(), Viewer.COORDINATOR, DocumentFilter.ALL))
                .extracting(DocumentSummary::title)
                .containsExactlyInAnyOrder("Årsrapport", "Budsjettutkast", "Referat");
        assertThat(documents.documents(s.id(), Viewer.MEMBER, DocumentFilter.ALL))
                .extracting(DocumentSummary::title)
                .containsExactlyInAnyOrder("Årsrapport", "Referat");
        assertThat(documents.documents(s.id(), Viewer.ANYONE, DocumentFilter.ALL))
                .extracting(DocumentSummary::title)
                .containsExactly("Årsrapport");
        assertThatThrownBy(() -> documents.document(s.id(), coordinators.id(), Viewer.MEMBER))
                .isInstanceOf(DocumentNotFound.class);
        assertThatThrownBy(() -> documents.file(s.id(), coordinators.id(), 1, Viewer.MEMBER))
                .isInstanceOf(DocumentNotFound.class);
        assertThat(documents.publicDocument(open.id()).title()).isEqualTo("Årsrapport");
        assertThatThrownBy(() -> documents.publicDocument(members.id())).isInstanceOf(DocumentNotFound.class);
        assertThatThrownBy(() -> documents.publicFile(members.id(), 1)).isInstanceOf(DocumentNotFound.class);

        // another collaboration's coordinator finds nothing, and can change nothing
        var other = worlds.create();
        assertThatThrownBy(() -> documents.document(other.id(), members.id(), Viewer.COORDINATOR))
                .isInstanceOf(DocumentNotFound.class);
        assertThatThrownBy(() -> documents.addVersion(other.id(), members.id(), DocumentWorld.pdf("x.pdf"), "X"))
                .isInstanceOf(DocumentNotFound.class);
        assertThatThrownBy(() -> documents.delete(other.id(), members.id())).isInstanceOf(DocumentNotFound.class);
        assertThat(documents.document(s.id(), members.id(), Viewer.COORDINATOR).versions())
                .hasSize(1);
    }

    @Test
    void linksPointAtTheCollaborationsOwnAndCanBeFilteredOn() {
        var s = worlds.create();
        DocumentSummary d = create(
                s.id(),
                "Mandat for styringsgruppen",
                Visibility.MEMBERS,
                Set.of(
                        new LinkTarget(LinkKind.FORUM, s.forum()),
                        new LinkTarget(LinkKind.NETWORK, s.network()),
                        new LinkTarget(LinkKind.PROJECT, s.project())));
        create(s.id(), "Annet", Visibility.MEMBERS, Set.of(new LinkTarget(LinkKind.NETWORK, s.network())));
        assertThat(d.links())
                .extracting(DocumentLink::name)
                .containsExactlyInAnyOrder("Styringsgruppen", "Palliasjon", "Velferdsteknologi");
        assertThat(documents.documents(s.id(), Viewer.MEMBER, DocumentFilter.linkedTo(LinkKind.FORUM, s.forum())))
                .extracting(DocumentSummary::title)
                .containsExactly("Mandat for styringsgruppen");
        assertThat(documents.documents(s.id(), Viewer.MEMBER, DocumentFilter.linkedTo(LinkKind.NETWORK, s.network())))
                .hasSize(2);
        assertThat(documents.documents(s.id(), Viewer.MEMBER, new DocumentFilter(null, "STYRING")))
                .extracting(DocumentSummary::title)
                .containsExactly("Mandat for styringsgruppen");

        // a forged target (another collaboration's forum, or a project id given as a forum): nothing saved
        var other = worlds.create();
        int before = worlds.rows(s.id());
        assertThatThrownBy(() -> create(
                        s.id(),
                        "Forfalsket",
                        Visibility.MEMBERS,
                        Set.of(new LinkTarget(LinkKind.FORUM, other.forum()))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(InvalidInput.FieldProblem::field)
                        .containsExactly("forumIds"));
        assertThatThrownBy(() -> documents.update(
                        s.id(),
                        d.id(),
                        new DocumentCommand(
                                "Mandat", "", Visibility.MEMBERS, Set.of(new LinkTarget(LinkKind.FORUM, s.project())))))
                .isInstanceOf(InvalidInput.class);
        assertThat(worlds.rows(s.id())).isEqualTo(before);
        assertThat(documents.document(s.id(), d.id(), Viewer.COORDINATOR).title())
                .isEqualTo("Mandat for styringsgruppen");
    }

    @Test
    void aDocumentCanBeAMeetingsPaperAndOnlyOfAMeetingOfTheCollaboration() {
        var s = worlds.create();
        var other = worlds.create();
        UUID meeting = fora.addMeeting(
                        s.id(),
                        s.forum(),
                        new MeetingCommand(
                                "Vårmøte",
                                LocalDateTime.of(2026, 3, 10, 10, 0),
                                LocalDateTime.of(2026, 3, 10, 14, 0),
                                "Tromsø",
                                ""))
                .id();
        UUID foreign = fora.addMeeting(
                        other.id(),
                        other.forum(),
                        new MeetingCommand(
                                "Annet møte",
                                LocalDateTime.of(2026, 3, 11, 10, 0),
                                LocalDateTime.of(2026, 3, 11, 14, 0),
                                "Bodø",
                                ""))
                .id();
        DocumentSummary d =
                create(s.id(), "Saksdokumenter", Visibility.MEMBERS, Set.of(new LinkTarget(LinkKind.MEETING, meeting)));
        assertThat(d.links()).extracting(DocumentLink::name).containsExactly("Styringsgruppen, 10.03.2026: Vårmøte");
        assertThat(documents.documents(s.id(), Viewer.MEMBER, DocumentFilter.linkedTo(LinkKind.MEETING, meeting)))
                .extracting(DocumentSummary::title)
                .containsExactly("Saksdokumenter");
        int before = worlds.rows(s.id());
        assertThatThrownBy(() -> create(
                        s.id(), "Forfalsket", Visibility.MEMBERS, Set.of(new LinkTarget(LinkKind.MEETING, foreign))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(InvalidInput.FieldProblem::field)
                        .containsExactly("meetingIds"));
        assertThat(worlds.rows(s.id())).isEqualTo(before);
    }

    @Test
    void aRefusedFileStoresNothing() {
        var s = worlds.create();
        int before = worlds.rows(s.id());
        DocumentCommand c = new DocumentCommand("Program", "", Visibility.MEMBERS, Set.of());
        assertThatThrownBy(() -> documents.create(s.id(), c, new Upload("program.exe", DocumentWorld.PDF, ""), "Per"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(InvalidInput.FieldProblem::messageKey)
                        .containsExactly("upload.type"));
        assertThatThrownBy(() -> documents.create(
                        s.id(), c, new Upload("program.pdf", "ikke pdf".getBytes(StandardCharsets.UTF_8), ""), "Per"))
                .isInstanceOf(InvalidInput.class);
        assertThat(worlds.rows(s.id())).isEqualTo(before);
    }
}
