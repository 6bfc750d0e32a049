package no.lokta.knowledge.example;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.platform.security.LoktaUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The pages: the public library and example page without sign-in, a draft not found for the public
 * and other roles, the coordinator's forms with their refusals, 403 for other roles and 404 for
 * another collaboration's example or category.
 */
@LoktaTest
class ExampleWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ExampleWorld worlds;

    @Autowired
    ExampleManagement examples;

    private static MultiValueMap<String, String> form(String... fields) {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("title", "Felles rutiner for utskriving");
        values.put("summary", "Sjekkliste for utskriving av eldre pasienter.");
        values.put("targetGroup", "Eldre pasienter");
        values.put("contactName", "Kari Testesen");
        values.put("contactEmail", "kari@example.org");
        values.put("periodFrom", "2020-01-01");
        values.put("periodTo", "2021-06-30");
        values.put("results", "Færre reinnleggelser.");
        values.put("evidence", "EVALUATED");
        for (int i = 0; i < fields.length; i += 2) {
            values.put(fields[i], fields[i + 1]);
        }
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        values.forEach(params::add);
        return params;
    }

    @Test
    void theLibraryAndAPublishedExampleAreOpenToAllAndADraftToItsCoordinatorsOnly() {
        var w = worlds.create();
        ExampleSummary published = worlds.published(
                w,
                ExampleWorld.command(
                        w.category(3),
                        "Ambulant team til sykehjemmet",
                        "Teamet reiser til sykehjemmet.",
                        "Færre innleggelser.",
                        w.network().id(),
                        Set.of(w.bardu())));
        worlds.published(
                w, ExampleWorld.command(w.category(3), "Ambulant psykiatri", "Teamet møter pasienten hjemme.", ""));
        ExampleSummary draft =
                examples.create(w.id(), ExampleWorld.command(w.category(3), "Hemmelig utkast", "Ikke ferdig.", ""));

        assertThat(mvc.get().uri("/knowledge/examples?collaboration=" + w.id()))
                .hasStatusOk()
                .bodyText()
                .contains("Gode eksempler", "Ambulant team til sykehjemmet", "Ambulant psykiatri", "2 eksempler funnet")
                .doesNotContain("Hemmelig utkast");
        // search in Norwegian, with the words found marked
        assertThat(mvc.get().uri("/knowledge/examples?collaboration=" + w.id() + "&q=sykehjem"))
                .hasStatusOk()
                .bodyText()
                .contains("Ett eksempel funnet", "<mark>sykehjemmet</mark>")
                .doesNotContain("Ambulant psykiatri");
        // without a collaboration: every collaboration's, each named
        assertThat(mvc.get().uri("/knowledge/examples?q=sykehjem"))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Ambulant team til sykehjemmet",
                        "Fra " + w.base().collaboration().name(),
                        "Helsedialog");
        // a signed-in person sees their own collaboration's
        assertThat(mvc.get().uri("/knowledge/examples").with(as(w.base().participant())))
                .hasStatusOk()
                .bodyText()
                .contains("Ambulant psykiatri")
                .doesNotContain("Fra " + w.base().collaboration().name());
        assertThat(mvc.get().uri("/knowledge/examples?collaboration=" + UUID.randomUUID()))
                .hasStatus(404);

        assertThat(mvc.get().uri("/knowledge/examples/" + published.id()))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Ambulant team til sykehjemmet",
                        "Palliasjon",
                        "Bardu",
                        "kari@example.org",
                        "Færre innleggelser.",
                        "Relaterte eksempler",
                        "Ambulant psykiatri")
                .doesNotContain("Publiser", "Slett eksemplet");
        String page = "/knowledge/examples/" + draft.id();
        assertThat(mvc.get().uri(page)).hasStatus(404);
        for (LoktaUser user : List.of(
                w.base().participant(),
                w.base().contact(),
                worlds.create().base().coordinator())) {
            assertThat(mvc.get().uri(page).with(as(user))).hasStatus(404);
        }
        assertThat(mvc.get().uri(page).with(as(w.base().coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("Hemmelig utkast", "Utkast", "Publiser");
        assertThat(mvc.get().uri("/knowledge/examples/" + UUID.randomUUID())).hasStatus(404);
    }

    @Test
    void aCoordinatorWritesPublishesWithdrawsAndDeletesAnExample() {
        var w = worlds.create();
        LoktaUser coordinator = w.base().coordinator();
        assertThat(mvc.get().uri("/knowledge/examples/manage/new").with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Nytt godt eksempel", "Ambulante team", "Palliasjon", "Universitetssykehuset Nord-Norge HF");
        assertThat(mvc.post()
                        .uri("/knowledge/examples/manage")
                        .with(as(coordinator))
                        .with(csrf())
                        .params(form(
                                "categoryId",
                                w.category(4).toString(),
                                "networkId",
                                w.network().id().toString(),
                                "organisationIds",
                                w.bardu().toString())))
                .hasStatus3xxRedirection();
        ExampleSummary saved = examples.examples(w.id()).getFirst();
        assertThat(saved.title()).isEqualTo("Felles rutiner for utskriving");
        assertThat(saved.evidence()).isEqualTo(Evidence.EVALUATED);
        assertThat(saved.published()).isFalse();

        String manage = "/knowledge/examples/manage/" + saved.id();
        assertThat(mvc.post().uri(manage + "/publish").with(as(coordinator)).with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/knowledge/examples/" + saved.id())).hasStatusOk();
        assertThat(mvc.get().uri(manage + "/edit").with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Felles rutiner for utskriving");
        assertThat(mvc.post()
                        .uri(manage)
                        .with(as(coordinator))
                        .with(csrf())
                        .params(form("categoryId", w.category(4).toString(), "title", "Felles utskrivingsrutine")))
                .hasStatus3xxRedirection();
        assertThat(examples.example(w.id(), saved.id()).title()).isEqualTo("Felles utskrivingsrutine");
        assertThat(mvc.post().uri(manage + "/unpublish").with(as(coordinator)).with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/knowledge/examples/" + saved.id())).hasStatus(404);
        assertThat(mvc.get().uri("/knowledge/examples/manage").with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Felles utskrivingsrutine", "Utkast");
        assertThat(mvc.post().uri(manage + "/delete").with(as(coordinator)).with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(examples.examples(w.id())).isEmpty();
    }

    @Test
    void badInputIsRefusedAtItsFieldAndNothingIsSaved() {
        var w = worlds.create();
        var other = worlds.create();
        LoktaUser coordinator = w.base().coordinator();
        assertThat(mvc.post()
                        .uri("/knowledge/examples/manage")
                        .with(as(coordinator))
                        .with(csrf())
                        .params(form(
                                "categoryId",
                                w.category(0).toString(),
                                "title",
                                " ",
                                "periodFrom",
                                "2022-05-01",
                                "periodTo",
                                "2022-04-01")))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Rett opp dette",
                        "Må fylles ut.",
                        "Slutten kan ikke være før starten.",
                        "aria-invalid=\"true\"")
                // each field once
                .satisfies(body -> assertThat(body.split("id=\"periodTo\"")).hasSize(2));
        assertThat(mvc.post()
                        .uri("/knowledge/examples/manage")
                        .with(as(coordinator))
                        .with(csrf())
                        .params(form(
                                "categoryId",
                                other.category(0).toString(),
                                "networkId",
                                other.network().id().toString())))
                .hasStatusOk()
                .bodyText()
                .contains("Velg en av samarbeidets kategorier.");
        assertThat(mvc.post()
                        .uri("/knowledge/examples/manage")
                        .with(as(coordinator))
                        .with(csrf())
                        .params(form(
                                "categoryId",
                                w.category(0).toString(),
                                "organisationIds",
                                other.trust().id().toString())))
                .hasStatusOk()
                .bodyText()
                .contains("Velg bare samarbeidets egne medlemmer og partnere.");
        assertThat(examples.examples(w.id())).isEmpty();
        assertThat(mvc.get().uri("/knowledge/examples/manage/new?lang=en").with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("New good example");
    }

    @Test
    void aCategoryInUseIsRefusedAtItsFieldAndAnUnusedOneGoes() {
        var w = worlds.create();
        LoktaUser coordinator = w.base().coordinator();
        worlds.published(w, ExampleWorld.command(w.category(0), "LMS", "S", ""));
        String used = "/knowledge/examples/manage/categories/" + w.category(0);
        assertThat(mvc.get().uri("/knowledge/examples/manage/categories").with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Lærings- og mestringssentre", "Brukes av ett eksempel", "Brukes ikke");
        assertThat(mvc.post().uri(used + "/delete").with(as(coordinator)).with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Kategorien brukes av ett eksempel og kan ikke fjernes.",
                        "id=\"category-" + w.category(0) + "-error\"",
                        "href=\"#category-" + w.category(0) + "\"");
        assertThat(examples.categories(w.id())).hasSize(8);
        assertThat(mvc.post()
                        .uri(used)
                        .param("name", "Ambulante team")
                        .with(as(coordinator))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Det finnes allerede en kategori med dette navnet.");
        assertThat(mvc.post()
                        .uri(used)
                        .param("name", "LMS og likepersoner")
                        .with(as(coordinator))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(mvc.post()
                        .uri("/knowledge/examples/manage/categories/" + w.category(7) + "/delete")
                        .with(as(coordinator))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(mvc.post()
                        .uri("/knowledge/examples/manage/categories")
                        .param("name", "Frisklivssentraler")
                        .with(as(coordinator))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(examples.categories(w.id()))
                .extracting(CategorySummary::name)
                .contains("LMS og likepersoner", "Frisklivssentraler")
                .doesNotContain("Elektronisk samhandling", "Lærings- og mestringssentre");
    }

    @Test
    void otherRolesAreRefusedAndAnotherCollaborationsExampleIsNotFound() {
        var w = worlds.create();
        ExampleSummary e = worlds.published(w, ExampleWorld.command(w.category(1), "Individuell plan", "S", ""));
        String id = e.id().toString();
        String category = w.category(1).toString();
        List<String> pages = List.of(
                "/knowledge/examples/manage",
                "/knowledge/examples/manage/new",
                "/knowledge/examples/manage/" + id + "/edit",
                "/knowledge/examples/manage/categories");
        List<String> posts = List.of(
                "/knowledge/examples/manage",
                "/knowledge/examples/manage/" + id,
                "/knowledge/examples/manage/" + id + "/publish",
                "/knowledge/examples/manage/" + id + "/unpublish",
                "/knowledge/examples/manage/" + id + "/delete",
                "/knowledge/examples/manage/categories",
                "/knowledge/examples/manage/categories/" + category,
                "/knowledge/examples/manage/categories/" + category + "/delete");
        for (LoktaUser user : List.of(w.base().participant(), w.base().contact())) {
            for (String page : pages) {
                assertThat(mvc.get().uri(page).with(as(user))).as(page).hasStatus(403);
            }
            for (String post : posts) {
                assertThat(mvc.post()
                                .uri(post)
                                .params(form("categoryId", category, "name", "X"))
                                .with(as(user))
                                .with(csrf()))
                        .as(post)
                        .hasStatus(403);
            }
        }
        LoktaUser stranger = worlds.create().base().coordinator();
        for (String page : pages.subList(2, 3)) {
            assertThat(mvc.get().uri(page).with(as(stranger))).as(page).hasStatus(404);
        }
        for (String post : posts.subList(1, posts.size())) {
            if (post.endsWith("/categories")) {
                continue;
            }
            assertThat(mvc.post()
                            .uri(post)
                            .params(form("categoryId", category, "name", "Kapret"))
                            .with(as(stranger))
                            .with(csrf()))
                    .as(post)
                    .hasStatus(404);
        }
        ExampleSummary after = examples.example(w.id(), e.id());
        assertThat(after.title()).isEqualTo("Individuell plan");
        assertThat(after.published()).isTrue();
        assertThat(examples.categories(w.id()))
                .extracting(CategorySummary::name)
                .contains("Individuelt tilrettelagte tjenester");
        // a visitor is sent to sign in
        assertThat(mvc.get().uri("/knowledge/examples/manage")).hasStatus(302);
    }
}
