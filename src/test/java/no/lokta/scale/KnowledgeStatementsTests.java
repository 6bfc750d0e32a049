package no.lokta.scale;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.knowledge.consultation.ConsultationCommand;
import no.lokta.knowledge.consultation.ConsultationManagement;
import no.lokta.knowledge.document.DocumentCommand;
import no.lokta.knowledge.document.DocumentManagement;
import no.lokta.knowledge.document.LinkKind;
import no.lokta.knowledge.document.LinkTarget;
import no.lokta.knowledge.document.Upload;
import no.lokta.knowledge.document.Visibility;
import no.lokta.knowledge.forum.ForumCommand;
import no.lokta.knowledge.forum.ForumKind;
import no.lokta.knowledge.forum.ForumManagement;
import no.lokta.knowledge.priority.PriorityAreaCommand;
import no.lokta.knowledge.priority.PriorityManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The knowledge lists (documents, consultations, priority areas) read a fixed number of statements
 * however many rows they show: the count with one row equals the count with twenty.
 */
@LoktaTest
class KnowledgeStatementsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorld worlds;

    @Autowired
    DocumentManagement documents;

    @Autowired
    ConsultationManagement consultations;

    @Autowired
    PriorityManagement priorities;

    @Autowired
    ForumManagement fora;

    private int statements(TestWorld.World w, String uri) {
        try (StatementCounter.Recording recording = StatementCounter.record()) {
            assertThat(mvc.get().uri(uri).with(as(w.coordinator()))).as(uri).hasStatusOk();
            return recording.statements().size();
        }
    }

    private void add(TestWorld.World w, int n, UUID forum) {
        LocalDate today = LocalDate.now();
        documents.create(
                w.id(),
                new DocumentCommand(
                        "Dokument " + n, "", Visibility.MEMBERS, Set.of(new LinkTarget(LinkKind.FORUM, forum))),
                new Upload("fil-" + n + ".txt", ("Tekst " + n).getBytes(StandardCharsets.UTF_8), ""),
                "Hilde Dalen");
        consultations.create(
                w.id(),
                new ConsultationCommand(
                        "Høring " + n, "Helsedirektoratet", "", today, today.plusDays(10), today.plusDays(20), "", ""));
        priorities.create(w.id(), new PriorityAreaCommand("Område " + n, "Mål " + n, "", null, Set.of()));
    }

    @Test
    void listsDoNotReadRowByRow() {
        TestWorld.World w = worlds.create();
        UUID forum = fora.create(w.id(), new ForumCommand("Styringsgruppen", ForumKind.STEERING_GROUP, ""))
                .id();
        add(w, 0, forum);
        List<String> pages = List.of("/knowledge/documents", "/knowledge/consultations", "/knowledge/priorities");
        List<Integer> few = pages.stream().map(p -> statements(w, p)).toList();
        for (int n = 1; n < 20; n++) {
            add(w, n, forum);
        }
        List<Integer> many = pages.stream().map(p -> statements(w, p)).toList();
        assertThat(many)
                .as("statements per page with 20 rows, against 1 row: " + pages)
                .isEqualTo(few);
    }
}
