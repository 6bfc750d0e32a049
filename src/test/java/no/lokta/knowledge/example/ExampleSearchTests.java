package no.lokta.knowledge.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.lokta.LoktaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The library's search in Norwegian: inflected forms are found, the title weighs more than the
 * summary and the summary more than the results, the filters narrow, and a draft is never found.
 * Also the related examples, most similar first.
 */
@LoktaTest
class ExampleSearchTests {

    @Autowired
    ExampleWorld worlds;

    @Autowired
    ExampleManagement examples;

    private List<String> titles(UUID collaborationId, String words) {
        return titles(new ExampleFilter(collaborationId, null, null, null, null, words, 0, 20));
    }

    private List<String> titles(ExampleFilter filter) {
        return examples.search(filter).hits().stream()
                .map(h -> h.example().title())
                .toList();
    }

    @Test
    void aWordFindsItsInflectedFormsAndCompounds() {
        var w = worlds.create();
        worlds.published(
                w,
                ExampleWorld.command(
                        w.category(2), "Hospitering", "Sykepleiere fra sykehjemmet hospiterer på sykehuset.", ""));
        worlds.published(
                w, ExampleWorld.command(w.category(3), "Ambulant team", "Teamet reiser til sykehjemmene.", ""));
        worlds.published(w, ExampleWorld.command(w.category(6), "Legevakt", "Legevaktsamarbeid mellom kommunene.", ""));

        assertThat(titles(w.id(), "sykehjem")).containsExactlyInAnyOrder("Hospitering", "Ambulant team");
        assertThat(titles(w.id(), "sykehjemmet")).containsExactlyInAnyOrder("Hospitering", "Ambulant team");
        assertThat(titles(w.id(), "legevakt")).containsExactly("Legevakt");
        assertThat(titles(w.id(), "kommune")).containsExactly("Legevakt");
        // websearch syntax: a word left out, and either-or
        assertThat(titles(w.id(), "sykehjem -hospitering")).containsExactly("Ambulant team");
        assertThat(titles(w.id(), "legevakt or hospitering")).containsExactlyInAnyOrder("Legevakt", "Hospitering");
        assertThat(titles(w.id(), "\"reiser til\"")).containsExactly("Ambulant team");
        // nothing but stop words searches nothing away
        assertThat(titles(w.id(), "og")).hasSize(3);
        assertThat(titles(w.id(), "tannhelse")).isEmpty();
    }

    @Test
    void theTitleWeighsMostThenTheSummaryThenTheResults() {
        var w = worlds.create();
        worlds.published(
                w, ExampleWorld.command(w.category(0), "Felles kurs", "Om noe annet.", "Færre reinnleggelser."));
        worlds.published(w, ExampleWorld.command(w.category(0), "Reinnleggelser ned", "Om noe annet.", ""));
        worlds.published(w, ExampleWorld.command(w.category(0), "Utskriving", "Færre reinnleggelser etter dette.", ""));

        ExamplePage page = examples.search(new ExampleFilter(w.id(), null, null, null, null, "reinnleggelse", 0, 20));
        assertThat(page.hits())
                .extracting(h -> h.example().title())
                .containsExactly("Reinnleggelser ned", "Utskriving", "Felles kurs");
        assertThat(page.hits().get(0).rank()).isGreaterThan(page.hits().get(1).rank());
        assertThat(page.hits().get(1).rank()).isGreaterThan(page.hits().get(2).rank());
        // the summary's passage marks the words found
        assertThat(page.hits().get(1).headline())
                .contains(ExampleHit.MARK_START + "reinnleggelser" + ExampleHit.MARK_END);
    }

    @Test
    void theFiltersNarrowAndADraftIsNeverFound() {
        var w = worlds.create();
        var other = worlds.create();
        worlds.published(
                w,
                ExampleWorld.command(
                        w.category(3),
                        "Palliativt team",
                        "Team i palliasjon.",
                        "",
                        w.network().id(),
                        Set.of(w.bardu())));
        worlds.published(
                w,
                ExampleWorld.command(
                        w.category(3),
                        "Psykiatrisk team",
                        "Team i psykisk helse.",
                        "",
                        null,
                        Set.of(w.trust().id())));
        ExampleSummary evaluated = examples.create(
                w.id(),
                new ExampleCommand(
                        w.category(7),
                        "Meldinger",
                        "Team sender elektroniske meldinger.",
                        "",
                        null,
                        Set.of(),
                        "",
                        "",
                        null,
                        null,
                        "",
                        Evidence.EVALUATED));
        examples.publish(w.id(), evaluated.id());
        examples.create(w.id(), ExampleWorld.command(w.category(3), "Utkast om team", "Team i utkast.", ""));
        worlds.published(other, ExampleWorld.command(other.category(3), "Annet team", "Team et annet sted.", ""));

        assertThat(titles(w.id(), "team"))
                .containsExactlyInAnyOrder("Palliativt team", "Psykiatrisk team", "Meldinger");
        assertThat(titles(new ExampleFilter(w.id(), w.category(3), null, null, null, "", 0, 20)))
                .containsExactlyInAnyOrder("Palliativt team", "Psykiatrisk team");
        assertThat(titles(new ExampleFilter(w.id(), null, Evidence.EVALUATED, null, null, "", 0, 20)))
                .containsExactly("Meldinger");
        assertThat(titles(new ExampleFilter(w.id(), null, null, w.network().id(), null, "team", 0, 20)))
                .containsExactly("Palliativt team");
        assertThat(titles(new ExampleFilter(w.id(), null, null, null, w.trust().id(), "", 0, 20)))
                .containsExactly("Psykiatrisk team");
        // across all collaborations: this one's and the other's, never a draft
        List<String> everywhere = titles(new ExampleFilter(null, null, null, null, null, "team", 0, 100));
        assertThat(everywhere).contains("Palliativt team", "Annet team").doesNotContain("Utkast om team");
        // paging
        ExamplePage first = examples.search(new ExampleFilter(w.id(), null, null, null, null, "", 0, 2));
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.hits()).hasSize(2);
        assertThat(first.hasNext()).isTrue();
        assertThat(examples.search(new ExampleFilter(w.id(), null, null, null, null, "", 1, 2))
                        .hits())
                .hasSize(1);
        // a withdrawn example leaves the library
        examples.unpublish(w.id(), evaluated.id());
        assertThat(titles(w.id(), "team")).doesNotContain("Meldinger");
    }

    @Test
    void relatedExamplesShareCategoryNetworkOrOrganisationsMostSimilarFirst() {
        var w = worlds.create();
        ExampleSummary me = worlds.published(
                w,
                ExampleWorld.command(
                        w.category(3),
                        "Utgangspunkt",
                        "S",
                        "",
                        w.network().id(),
                        Set.of(w.bardu(), w.trust().id())));
        // category 2 + network 2 + two organisations 2 = 6
        worlds.published(
                w,
                ExampleWorld.command(
                        w.category(3),
                        "Nesten lik",
                        "S",
                        "",
                        w.network().id(),
                        Set.of(w.bardu(), w.trust().id())));
        // network 2 + one organisation = 3
        worlds.published(
                w,
                ExampleWorld.command(
                        w.category(5), "Samme nettverk", "S", "", w.network().id(), Set.of(w.bardu())));
        // category 2
        worlds.published(w, ExampleWorld.command(w.category(3), "Samme kategori", "S", ""));
        // one organisation 1
        worlds.published(
                w,
                ExampleWorld.command(
                        w.category(6),
                        "Samme sykehus",
                        "S",
                        "",
                        null,
                        Set.of(w.trust().id())));
        // nothing in common
        worlds.published(w, ExampleWorld.command(w.category(7), "Ulik", "S", ""));
        // a draft is never related
        examples.create(
                w.id(),
                ExampleWorld.command(
                        w.category(3), "Utkast", "S", "", w.network().id(), Set.of()));
        for (int i = 0; i < 3; i++) {
            worlds.published(w, ExampleWorld.command(w.category(3), "Fyll " + i, "S", ""));
        }

        List<ExampleSummary> related = examples.related(me.id());
        assertThat(related).hasSize(ExampleManagement.RELATED);
        assertThat(related)
                .extracting(ExampleSummary::title)
                .startsWith("Nesten lik", "Samme nettverk")
                .doesNotContain("Utgangspunkt", "Ulik", "Utkast", "Samme sykehus");
        assertThat(related.get(0).networkName()).isEqualTo("Palliasjon");
    }

    @Test
    void theHelsedialogDemoHasPublishedExamplesOfEveryKind() {
        UUID helsedialog = examples
                .search(new ExampleFilter(null, null, null, null, null, "lærings- og mestringssenter", 0, 100))
                .hits()
                .stream()
                .filter(h -> h.example().title().startsWith("Felles lærings- og mestringssenter"))
                .findFirst()
                .orElseThrow()
                .example()
                .collaborationId();
        ExamplePage all = examples.search(new ExampleFilter(helsedialog, null, null, null, null, "", 0, 100));
        assertThat(all.total()).isGreaterThanOrEqualTo(16);
        for (CategorySummary c : examples.categories(helsedialog)) {
            assertThat(c.uses()).as(c.name()).isGreaterThanOrEqualTo(2);
        }
        assertThat(examples.search(new ExampleFilter(helsedialog, null, null, null, null, "sykehjem", 0, 100))
                        .hits())
                .extracting(h -> h.example().title())
                .contains(
                        "Hospitering mellom sykehjemmet og medisinsk avdeling",
                        "Ambulant geriatrisk team til sykehjem");
    }
}
