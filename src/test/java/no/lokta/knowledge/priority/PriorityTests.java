package no.lokta.knowledge.priority;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.knowledge.example.ExampleManagement;
import no.lokta.member.MemberManagement;
import no.lokta.platform.web.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Priority areas: Helsedialog's five, their order under concurrent change, bad input, roles and other collaborations. */
@LoktaTest
class PriorityTests {

    @Autowired
    PriorityManagement priorities;

    @Autowired
    ExampleManagement examples;

    @Autowired
    MemberManagement members;

    @Autowired
    TestWorld worlds;

    @Autowired
    MockMvcTester mvc;

    private static PriorityAreaCommand area(String name, @Nullable Integer position) {
        return new PriorityAreaCommand(name, "Mål for " + name, "", position, Set.of());
    }

    private List<String> names(UUID c) {
        return priorities.areas(c).stream().map(PriorityArea::name).toList();
    }

    @Test
    void helsedialogHasItsFiveAreasInTheSourcesOrderWithTheirExamples() {
        UUID c = members.collaborationNamed("Helsedialog").orElseThrow().id();
        List<PriorityArea> areas = priorities.areas(c);
        assertThat(areas)
                .extracting(PriorityArea::name)
                .startsWith(
                        "Lærings- og mestringssentre",
                        "Samhandlingskultur og -kompetanse",
                        "Ambulante team",
                        "Samhandling om IKT og helsenett",
                        "Avtaler mellom kommuner og helseforetak");
        assertThat(areas.subList(0, 5)).allSatisfy(a -> {
            assertThat(a.goal()).isNotBlank();
            assertThat(a.categories()).isNotEmpty();
        });
        assertThat(areas.getFirst().published()).isPositive();
        assertThat(areas.get(4).categories())
                .extracting(PriorityArea.Category::name)
                .containsExactly("Felles rutiner og prosedyrer", "Avtaler mellom helseforetak og kommuner");
    }

    @Test
    void positionsStayOneTwoThreeWhenAreasComeMoveAndGo() {
        UUID c = worlds.create().id();
        PriorityArea a = priorities.create(c, area("A", null));
        PriorityArea b = priorities.create(c, area("B", null));
        priorities.create(c, area("C", 1));
        assertThat(names(c)).containsExactly("C", "A", "B");
        // down: to the asked place exactly
        priorities.update(c, idOf(c, "C"), area("C", 3));
        assertThat(names(c)).containsExactly("A", "B", "C");
        priorities.update(c, b.id(), area("B", 99));
        assertThat(names(c)).containsExactly("A", "C", "B");
        // no position: stays where it is
        priorities.update(c, a.id(), area("A2", null));
        assertThat(names(c)).containsExactly("A2", "C", "B");
        priorities.delete(c, a.id());
        assertThat(priorities.areas(c)).extracting(PriorityArea::position).containsExactly(1, 2);
    }

    private UUID idOf(UUID c, String name) {
        return priorities.areas(c).stream()
                .filter(x -> x.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void manyCoordinatorsAddingAtOnceLeaveNoGapsOrTwins() throws Exception {
        UUID c = worlds.create().id();
        int threads = 12;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PriorityArea>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    start.await();
                    return priorities.create(c, area("Område " + n, 1 + n % 3));
                }));
            }
            start.countDown();
            for (var f : results) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(priorities.areas(c))
                .extracting(PriorityArea::position)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    }

    @Test
    void badInputIsRefusedAtTheFieldAndChangesNothing() {
        var w = worlds.create();
        var other = worlds.create();
        UUID foreignCategory = examples.ensureCategories(other.id()).getFirst().id();
        UUID ownCategory = examples.ensureCategories(w.id()).getFirst().id();
        assertThatThrownBy(() -> new PriorityAreaCommand(" ", "", "", 0, Set.of()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(InvalidInput.FieldProblem::field)
                        .containsExactlyInAnyOrder("name", "goal", "position"));
        assertThatThrownBy(() -> priorities.create(
                        w.id(), new PriorityAreaCommand("X", "Mål", "", null, Set.of(foreignCategory))))
                .isInstanceOf(InvalidInput.class);
        priorities.create(w.id(), area("Ambulante team", null));
        assertThatThrownBy(() -> priorities.create(w.id(), area("ambulante TEAM", null)))
                .isInstanceOf(InvalidInput.class);

        assertThat(mvc.post()
                        .uri("/knowledge/priorities")
                        .with(as(w.coordinator()))
                        .with(csrf())
                        .param("name", "Nytt")
                        .param("goal", "Mål")
                        .param("position", "tre")
                        .param("categoryIds", ownCategory.toString()))
                .hasStatusOk()
                .bodyText()
                .contains("ds-error-summary", "position-error");
        assertThat(mvc.post()
                        .uri("/knowledge/priorities")
                        .with(as(w.coordinator()))
                        .with(csrf())
                        .param("name", "Nytt")
                        .param("goal", "Mål")
                        .param("categoryIds", foreignCategory.toString()))
                .hasStatusOk()
                .bodyText()
                .contains("categoryIds-error", "Velg blant samarbeidets egne typer eksempler.");
        assertThat(mvc.post()
                        .uri("/knowledge/priorities")
                        .with(as(w.coordinator()))
                        .with(csrf())
                        .param("name", "")
                        .param("goal", "x".repeat(PriorityAreaCommand.MAX_GOAL + 1)))
                .hasStatusOk()
                .bodyText()
                .contains("name-error", "goal-error");
        assertThat(names(w.id())).containsExactly("Ambulante team");

        assertThat(mvc.post()
                        .uri("/knowledge/priorities")
                        .with(as(w.coordinator()))
                        .with(csrf())
                        .param("name", "Nytt")
                        .param("goal", "Mål")
                        .param("position", "1")
                        .param("categoryIds", ownCategory.toString()))
                .hasStatus3xxRedirection();
        assertThat(names(w.id())).containsExactly("Nytt", "Ambulante team");
        assertThat(priorities.areas(w.id()).getFirst().categories())
                .extracting(PriorityArea.Category::id)
                .containsExactly(ownCategory);
    }

    @Test
    void everyoneInTheCollaborationReadsOnlyTheCoordinatorChangesOthersAreOut() {
        var w = worlds.create();
        var other = worlds.create();
        PriorityArea a = priorities.create(w.id(), area("Samhandlingskultur", null));
        String p = "/knowledge/priorities";
        assertThat(mvc.get().uri(p).with(as(w.participant())))
                .hasStatusOk()
                .bodyText()
                .contains("Samhandlingskultur")
                .doesNotContain("/knowledge/priorities/new");
        assertThat(mvc.get().uri(p).with(as(w.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("/knowledge/priorities/new");
        assertThat(mvc.get().uri(p)).hasStatus3xxRedirection();
        assertThat(mvc.get().uri(p + "/new").with(as(w.contact()))).hasStatus(403);
        assertThat(mvc.post()
                        .uri(p + "/" + a.id())
                        .with(as(w.contact()))
                        .with(csrf())
                        .param("name", "Endret")
                        .param("goal", "Mål"))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri(p + "/" + a.id() + "/delete")
                        .with(as(w.participant()))
                        .with(csrf()))
                .hasStatus(403);
        // another collaboration's coordinator: not found, nothing changed
        assertThat(mvc.get().uri(p + "/" + a.id() + "/edit").with(as(other.coordinator())))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri(p + "/" + a.id())
                        .with(as(other.coordinator()))
                        .with(csrf())
                        .param("name", "Endret")
                        .param("goal", "Mål"))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri(p + "/" + a.id() + "/delete")
                        .with(as(other.coordinator()))
                        .with(csrf()))
                .hasStatus(404);
        assertThat(names(w.id())).containsExactly("Samhandlingskultur");
        assertThat(names(other.id())).isEmpty();

        assertThat(mvc.post()
                        .uri(p + "/" + a.id() + "/delete")
                        .with(as(w.coordinator()))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(names(w.id())).isEmpty();
    }

    @Test
    void theApiGivesTheAreasOfTheCallersCollaborationOnly() {
        var w = worlds.create();
        var other = worlds.create();
        PriorityArea a = priorities.create(w.id(), area("IKT og helsenett", null));
        assertThat(mvc.get().uri("/api/v1/priority-areas").with(as(w.participant())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].name")
                .isEqualTo("IKT og helsenett");
        assertThat(mvc.get().uri("/api/v1/priority-areas/{id}", a.id()).with(as(w.contact())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.goal")
                .isEqualTo("Mål for IKT og helsenett");
        assertThat(mvc.get().uri("/api/v1/priority-areas/{id}", a.id()).with(as(other.coordinator())))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/api/v1/priority-areas?collaboration=" + w.id())
                        .with(as(other.coordinator())))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/priority-areas/not-an-id").with(as(w.coordinator())))
                .hasStatus(400);
        assertThat(mvc.get().uri("/api/v1/priority-areas")).hasStatus(401);
        assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyText().contains("/api/v1/priority-areas/{id}");
    }
}
