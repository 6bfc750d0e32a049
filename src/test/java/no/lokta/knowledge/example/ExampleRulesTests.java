package no.lokta.knowledge.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.platform.web.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rules of a good example and of the category list: bad input is refused at its field and
 * changes nothing, and the ids named must be the collaboration's own.
 */
@LoktaTest
class ExampleRulesTests {

    @Autowired
    ExampleWorld worlds;

    @Autowired
    ExampleManagement examples;

    private static List<String> fields(Throwable e) {
        return ((InvalidInput) e)
                .errors().stream().map(InvalidInput.FieldProblem::field).toList();
    }

    private static List<String> keys(Throwable e) {
        return ((InvalidInput) e)
                .errors().stream().map(InvalidInput.FieldProblem::messageKey).toList();
    }

    @Test
    void anEmptyTitleAndAnEndBeforeTheStartAreRefusedAtTheirFields() {
        UUID category = UUID.randomUUID();
        assertThatThrownBy(() -> new ExampleCommand(
                        category,
                        "  ",
                        "Et sammendrag",
                        "",
                        null,
                        Set.of(),
                        "",
                        "ikke-en-adresse",
                        LocalDate.of(2022, 5, 1),
                        LocalDate.of(2022, 4, 30),
                        "",
                        Evidence.EVALUATED))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("title", "contactEmail", "periodTo"))
                .satisfies(e -> assertThat(keys(e)).contains("example.period.endBeforeStart"));
        assertThatThrownBy(() -> new ExampleCommand(
                        category,
                        "Tittel",
                        "",
                        "",
                        null,
                        Set.of(),
                        "",
                        "",
                        null,
                        LocalDate.of(2022, 4, 30),
                        "",
                        Evidence.EVALUATED))
                .satisfies(e -> assertThat(fields(e)).containsExactly("summary", "periodFrom"));
        // one day is a period, and an open end is an ongoing one
        new ExampleCommand(
                category,
                "T",
                "S",
                "",
                null,
                Set.of(),
                "",
                "",
                LocalDate.of(2022, 4, 30),
                LocalDate.of(2022, 4, 30),
                "",
                Evidence.DESCRIBED);
        new ExampleCommand(
                category,
                "T",
                "S",
                "",
                null,
                Set.of(),
                "",
                "",
                LocalDate.of(2022, 4, 30),
                null,
                "",
                Evidence.DESCRIBED);
    }

    @Test
    void aCategoryNetworkOrOrganisationOfAnotherCollaborationIsRefusedAndNothingSaved() {
        var w = worlds.create();
        var other = worlds.create();
        assertThatThrownBy(() -> examples.create(
                        w.id(), ExampleWorld.command(other.category(0), "Feil kategori", "Sammendrag", "")))
                .satisfies(e -> assertThat(fields(e)).containsExactly("categoryId"))
                .satisfies(e -> assertThat(keys(e)).containsExactly("example.category.unknown"));
        assertThatThrownBy(() -> examples.create(
                        w.id(),
                        ExampleWorld.command(
                                w.category(0),
                                "Feil nettverk",
                                "Sammendrag",
                                "",
                                other.network().id(),
                                Set.of())))
                .satisfies(e -> assertThat(fields(e)).containsExactly("networkId"));
        assertThatThrownBy(() -> examples.create(
                        w.id(),
                        ExampleWorld.command(
                                w.category(0),
                                "Feil organisasjon",
                                "Sammendrag",
                                "",
                                null,
                                Set.of(w.bardu(), other.trust().id()))))
                .satisfies(e -> assertThat(fields(e)).containsExactly("organisationIds"));
        assertThat(examples.examples(w.id())).isEmpty();

        // and an update with them changes nothing
        ExampleSummary saved = examples.create(
                w.id(),
                ExampleWorld.command(
                        w.category(0), "Riktig", "Sammendrag", "", w.network().id(), Set.of(w.bardu())));
        assertThatThrownBy(() -> examples.update(
                        w.id(), saved.id(), ExampleWorld.command(other.category(1), "Endret", "Sammendrag", "")))
                .isInstanceOf(InvalidInput.class);
        ExampleSummary after = examples.example(w.id(), saved.id());
        assertThat(after.title()).isEqualTo("Riktig");
        assertThat(after.networkName()).isEqualTo("Palliasjon");
        assertThat(after.organisations()).extracting(ExampleSummary.Party::name).containsExactly("Bardu");
        // another collaboration's coordinator does not find it
        assertThatThrownBy(() -> examples.example(other.id(), saved.id())).isInstanceOf(ExampleNotFound.class);
        assertThatThrownBy(() -> examples.publish(other.id(), saved.id())).isInstanceOf(ExampleNotFound.class);
        assertThatThrownBy(() -> examples.delete(other.id(), saved.id())).isInstanceOf(ExampleNotFound.class);
    }

    @Test
    void everyCollaborationStartsWithTheEightKindsAndKeepsItsOwnList() {
        var w = worlds.create();
        assertThat(w.categories())
                .extracting(CategorySummary::name)
                .containsExactlyElementsOf(ExampleManagement.STARTING_CATEGORIES);
        // seeding again adds nothing
        assertThat(examples.ensureCategories(w.id())).hasSize(8);

        CategorySummary added = examples.addCategory(w.id(), "  Frisklivssentraler ");
        assertThat(added.name()).isEqualTo("Frisklivssentraler");
        assertThatThrownBy(() -> examples.addCategory(w.id(), "ambulante TEAM"))
                .satisfies(e -> assertThat(keys(e)).containsExactly("example.category.taken"));
        assertThatThrownBy(() -> examples.addCategory(w.id(), " "))
                .satisfies(e -> assertThat(keys(e)).containsExactly("NotBlank"));
        assertThat(examples.renameCategory(w.id(), added.id(), "Frisklivssentraler og LMS")
                        .name())
                .isEqualTo("Frisklivssentraler og LMS");

        // a category in use stays; one unused goes, and does not come back
        ExampleSummary e = examples.create(w.id(), ExampleWorld.command(added.id(), "Frisklivs-LMS", "S", ""));
        assertThatThrownBy(() -> examples.removeCategory(w.id(), added.id()))
                .satisfies(x -> assertThat(fields(x)).containsExactly("name"))
                .satisfies(x -> assertThat(keys(x)).containsExactly("example.category.inUse"));
        assertThat(examples.categories(w.id())).hasSize(9);
        examples.delete(w.id(), e.id());
        examples.removeCategory(w.id(), added.id());
        for (CategorySummary c : examples.categories(w.id())) {
            examples.removeCategory(w.id(), c.id());
        }
        assertThat(examples.ensureCategories(w.id())).isEmpty();

        // another collaboration's category is not found
        var other = worlds.create();
        assertThatThrownBy(() -> examples.renameCategory(w.id(), other.category(0), "Kapret"))
                .isInstanceOf(ExampleNotFound.class);
        assertThatThrownBy(() -> examples.removeCategory(w.id(), other.category(0)))
                .isInstanceOf(ExampleNotFound.class);
    }

    @Test
    void publishingAndWithdrawingTwiceChangesNothingTheSecondTime() {
        var w = worlds.create();
        ExampleSummary e = examples.create(w.id(), ExampleWorld.command(w.category(2), "Hospitering", "S", ""));
        assertThat(e.status()).isEqualTo(ExampleStatus.DRAFT);
        ExampleSummary published = examples.publish(w.id(), e.id());
        assertThat(published.published()).isTrue();
        assertThat(examples.publish(w.id(), e.id()).publishedAt()).isEqualTo(published.publishedAt());
        assertThat(examples.unpublish(w.id(), e.id()).status()).isEqualTo(ExampleStatus.DRAFT);
        assertThat(examples.unpublish(w.id(), e.id()).publishedAt()).isNull();
    }

    @Test
    void searchWordsBecomePrefixesWithoutTheDoubledConsonant() {
        assertThat(SearchTerms.prefixed("'sykehjem'")).isEqualTo("'sykehjem':*");
        assertThat(SearchTerms.prefixed("'sykehjemm' & !'legevakt'")).isEqualTo("'sykehjem':* & !'legevakt':*");
        assertThat(SearchTerms.prefixed("'fell' <-> 'rutin' | 'ambulant'"))
                .isEqualTo("'fell':* <-> 'rutin':* | 'ambulant':*");
        assertThat(SearchTerms.prefixed("'o''neil'")).isEqualTo("'o''neil':*");
        assertThat(SearchTerms.shortened("all")).isEqualTo("all");
        assertThat(SearchTerms.shortened("teamm")).isEqualTo("team");
    }
}
