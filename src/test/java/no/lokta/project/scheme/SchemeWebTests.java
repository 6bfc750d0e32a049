package no.lokta.project.scheme;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.platform.web.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

@LoktaTest
@RecordApplicationEvents
class SchemeWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    SchemeWorld worlds;

    @Autowired
    SchemeManagement schemes;

    @Autowired
    ApplicationEvents events;

    @Test
    void aCoordinatorWritesAScheme() {
        var s = worlds.create();
        var coordinator = s.world().coordinator();
        assertThat(mvc.get().uri("/projects/schemes/new").with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Ny tilskuddsordning", "Bardu", "Målselv", "Ikke skriv helseopplysninger");
        assertThat(mvc.post()
                        .uri("/projects/schemes")
                        .with(as(coordinator))
                        .with(csrf())
                        .params(form(
                                "name",
                                "Kompetanse- og innovasjonstilskuddet",
                                "organisationIds",
                                s.bardu().toString())))
                .hasStatus3xxRedirection();
        GrantSchemeSummary created = schemes.schemes(s.id()).getFirst();
        assertThat(created.name()).isEqualTo("Kompetanse- og innovasjonstilskuddet");
        assertThat(created.organisationIds()).containsExactly(s.bardu());
        assertThat(created.link()).isEqualTo("https://www.helsedirektoratet.no/tilskudd");
        assertThat(created.published()).isFalse();
        assertThat(mvc.get().uri("/projects/schemes").with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Kompetanse- og innovasjonstilskuddet", "01.10.2099", "Ikke publisert");

        // an edit keeps the scheme and changes what it says
        assertThat(mvc.post()
                        .uri("/projects/schemes/" + created.id())
                        .with(as(coordinator))
                        .with(csrf())
                        .params(form("name", "Kompetansetilskuddet")))
                .hasStatus3xxRedirection();
        assertThat(schemes.scheme(s.id(), created.id()).name()).isEqualTo("Kompetansetilskuddet");
        assertThat(schemes.scheme(s.id(), created.id()).organisations()).isEmpty();

        assertThat(mvc.post()
                        .uri("/projects/schemes/" + created.id() + "/delete")
                        .with(as(coordinator))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(worlds.schemeRows(s.id())).isZero();
    }

    @Test
    void badInputIsRefusedAtTheFieldAndNothingIsSaved() {
        var s = worlds.create();
        var coordinator = s.world().coordinator();
        var other = worlds.create();
        for (String link : new String[] {"javascript:alert(1)", "ftp://example.org/x", "www.example.org", "https://"}) {
            assertThat(mvc.post()
                            .uri("/projects/schemes")
                            .with(as(coordinator))
                            .with(csrf())
                            .params(form("name", "Ordning", "link", link)))
                    .hasStatusOk()
                    .bodyText()
                    .contains("Skriv en nettadresse som begynner med https:// eller http://.", "id=\"link-error\"");
        }
        assertThat(mvc.post()
                        .uri("/projects/schemes")
                        .with(as(coordinator))
                        .with(csrf())
                        .params(form("name", "  ")))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"name-error\"");
        // an organisation of another collaboration, and one that is no organisation at all
        for (UUID stranger : new UUID[] {other.bardu(), UUID.randomUUID()}) {
            assertThat(mvc.post()
                            .uri("/projects/schemes")
                            .with(as(coordinator))
                            .with(csrf())
                            .params(form("name", "Ordning", "organisationIds", stranger.toString())))
                    .hasStatusOk()
                    .bodyText()
                    .contains("Velg blant samarbeidets medlemmer.");
        }
        assertThat(worlds.schemeRows(s.id())).isZero();

        // the same rules in the module, and an edit that breaks them changes nothing
        assertThatThrownBy(() -> SchemeWorld.scheme("", LocalDate.of(2099, 1, 1), Set.of()))
                .isInstanceOf(InvalidInput.class);
        GrantSchemeSummary kept =
                schemes.create(s.id(), SchemeWorld.scheme("Ordning", LocalDate.of(2099, 1, 1), Set.of()));
        assertThatThrownBy(() -> schemes.update(
                        s.id(), kept.id(), SchemeWorld.scheme("Ny", LocalDate.of(2099, 1, 1), Set.of(other.bardu()))))
                .isInstanceOf(InvalidInput.class);
        assertThat(mvc.post()
                        .uri("/projects/schemes/" + kept.id())
                        .with(as(coordinator))
                        .with(csrf())
                        .params(form("name", "Ny", "link", "javascript:alert(1)")))
                .hasStatusOk();
        assertThat(schemes.scheme(s.id(), kept.id())).isEqualTo(kept);
    }

    @Test
    void theWrongRoleIsForbidden() {
        var s = worlds.create();
        GrantSchemeSummary scheme =
                schemes.create(s.id(), SchemeWorld.scheme("Ordning", LocalDate.of(2099, 1, 1), Set.of()));
        var participant = s.world().participant();
        var contact = s.world().contact();
        assertThat(mvc.get().uri("/projects/schemes").with(as(participant))).hasStatus(403);
        assertThat(mvc.get().uri("/projects/schemes/" + scheme.id()).with(as(participant)))
                .hasStatus(403);
        assertThat(mvc.get().uri("/projects/schemes/new").with(as(contact))).hasStatus(403);
        assertThat(mvc.get().uri("/projects/schemes/" + scheme.id() + "/edit").with(as(contact)))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/projects/schemes")
                        .with(as(contact))
                        .with(csrf())
                        .params(form("name", "Ordning")))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/projects/schemes/" + scheme.id() + "/publish")
                        .with(as(contact))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/projects/schemes/" + scheme.id() + "/delete")
                        .with(as(contact))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(schemes.scheme(s.id(), scheme.id()).published()).isFalse();
        assertThat(worlds.schemeRows(s.id())).isOne();
    }

    @Test
    void anotherCollaborationsSchemeIsNotFound() {
        var s = worlds.create();
        var other = worlds.create();
        GrantSchemeSummary theirs =
                schemes.create(other.id(), SchemeWorld.scheme("Deres ordning", LocalDate.of(2099, 1, 1), Set.of()));
        schemes.publish(other.id(), theirs.id());
        var coordinator = s.world().coordinator();
        String page = "/projects/schemes/" + theirs.id();
        assertThat(mvc.get().uri(page).with(as(coordinator))).hasStatus(404);
        assertThat(mvc.get().uri(page + "/edit").with(as(coordinator))).hasStatus(404);
        assertThat(mvc.get().uri(page).with(as(s.world().contact()))).hasStatus(404);
        assertThat(mvc.post().uri(page).with(as(coordinator)).with(csrf()).params(form("name", "Kapret")))
                .hasStatus(404);
        assertThat(mvc.post().uri(page + "/publish").with(as(coordinator)).with(csrf()))
                .hasStatus(404);
        assertThat(mvc.post().uri(page + "/delete").with(as(coordinator)).with(csrf()))
                .hasStatus(404);
        assertThat(mvc.get().uri("/projects/schemes").with(as(coordinator)))
                .bodyText()
                .doesNotContain("Deres ordning");
        assertThat(schemes.scheme(other.id(), theirs.id()).name()).isEqualTo("Deres ordning");
    }

    @Test
    void aMunicipalityContactSeesThePublishedSchemesThatConcernThemNextDeadlineFirst() {
        var s = worlds.create();
        LocalDate today = schemes.today();
        GrantSchemeSummary later =
                schemes.create(s.id(), SchemeWorld.scheme("Senere frist", today.plusDays(60), Set.of()));
        GrantSchemeSummary soon =
                schemes.create(s.id(), SchemeWorld.scheme("Snart frist", today.plusDays(5), Set.of(s.bardu())));
        GrantSchemeSummary past =
                schemes.create(s.id(), SchemeWorld.scheme("Gammel frist", today.minusDays(3), Set.of()));
        GrantSchemeSummary malselvOnly = schemes.create(
                s.id(),
                SchemeWorld.scheme(
                        "Bare Målselv", today.plusDays(10), Set.of(s.malselv().id())));
        GrantSchemeSummary draft = schemes.create(s.id(), SchemeWorld.scheme("Utkast", today.plusDays(1), Set.of()));
        for (GrantSchemeSummary g : new GrantSchemeSummary[] {later, soon, past, malselvOnly}) {
            schemes.publish(s.id(), g.id());
        }
        var contact = s.world().contact();
        assertThat(schemes.publishedFor(s.id(), s.bardu()))
                .extracting(GrantSchemeSummary::name)
                .containsExactly("Snart frist", "Senere frist", "Gammel frist");
        assertThat(mvc.get().uri("/projects/schemes").with(as(contact)))
                .hasStatusOk()
                .bodyText()
                .contains("Snart frist", "Senere frist", "Gammel frist", "Fristen er ute")
                .doesNotContain("Bare Målselv", "Utkast", "Ny tilskuddsordning", "Ikke publisert");
        assertThat(mvc.get().uri("/projects/schemes/" + past.id()).with(as(contact)))
                .hasStatusOk()
                .bodyText()
                .contains("Gammel frist", "Fristen er ute", "https://www.helsedirektoratet.no/tilskudd")
                .doesNotContain("Publiser");
        assertThat(mvc.get().uri("/projects/schemes/" + soon.id() + "?lang=en").with(as(contact)))
                .hasStatusOk()
                .bodyText()
                .contains("Application deadline")
                .doesNotContain("Deadline passed");
        // another municipality's scheme and a draft are not found
        assertThat(mvc.get().uri("/projects/schemes/" + malselvOnly.id()).with(as(contact)))
                .hasStatus(404);
        assertThat(mvc.get().uri("/projects/schemes/" + draft.id()).with(as(contact)))
                .hasStatus(404);
        assertThat(mvc.get().uri("/projects/schemes/" + malselvOnly.id()).with(as(s.malselvContact())))
                .hasStatusOk();
    }

    @Test
    void publishingAnnouncesTheSchemeOnce() {
        var s = worlds.create();
        GrantSchemeSummary scheme =
                schemes.create(s.id(), SchemeWorld.scheme("Ordning med nyhet", LocalDate.of(2099, 3, 1), Set.of()));
        var coordinator = s.world().coordinator();
        for (int i = 0; i < 2; i++) {
            assertThat(mvc.post()
                            .uri("/projects/schemes/" + scheme.id() + "/publish")
                            .with(as(coordinator))
                            .with(csrf()))
                    .hasStatus3xxRedirection()
                    .flash()
                    .containsKey(i == 0 ? "published" : "alreadyPublished");
        }
        assertThat(schemes.scheme(s.id(), scheme.id()).publishedOn()).isEqualTo(schemes.today());
        assertThat(events.stream(GrantSchemePublished.class)
                        .filter(e -> e.schemeId().equals(scheme.id())))
                .containsExactly(
                        new GrantSchemePublished(s.id(), scheme.id(), "Ordning med nyhet", LocalDate.of(2099, 3, 1)));
        assertThat(mvc.get().uri("/projects/schemes/" + scheme.id()).with(as(coordinator)))
                .bodyText()
                .contains("Publisert " + String.format("%1$td.%1$tm.%1$tY", schemes.today()))
                .doesNotContain("Publiser som nyhet");
    }

    private static MultiValueMap<String, String> form(String... overrides) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("name", "Ordning");
        form.add("funder", "Helsedirektoratet");
        form.add("funderKind", "DIRECTORATE");
        form.add("deadline", "2099-10-01");
        form.add("whoCanApply", "Kommuner");
        form.add("link", "https://www.helsedirektoratet.no/tilskudd");
        form.add("description", "Om ordningen.");
        for (int i = 0; i < overrides.length; i += 2) {
            if (!overrides[i].equals("organisationIds")) {
                form.remove(overrides[i]);
            }
            form.add(overrides[i], overrides[i + 1]);
        }
        return form;
    }
}
