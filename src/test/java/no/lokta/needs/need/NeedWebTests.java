package no.lokta.needs.need;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Set;
import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@LoktaTest
class NeedWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorld worlds;

    @Autowired
    MemberManagement members;

    @Autowired
    NeedManagement needs;

    @Autowired
    JdbcClient jdbc;

    private NeedSummary need(TestWorld.World w, String topic, String profession, Set<UUID> municipalities, int people) {
        return needs.create(
                w.id(),
                new NeedCommand(
                        topic,
                        "",
                        Set.of(profession),
                        municipalities,
                        people,
                        NeedUrgency.MEDIUM,
                        NeedSource.MANUAL,
                        null,
                        NeedStatus.OPEN));
    }

    private int rows(UUID collaborationId) {
        return jdbc.sql("select count(*) from needs.need where collaboration_id = ?")
                .param(collaborationId)
                .query(Integer.class)
                .single();
    }

    @Test
    void aCoordinatorEntersNeedsFiltersThemAndMergesThem() {
        TestWorld.World w = worlds.create();
        OrganisationSummary malselv = members.addMunicipalityFromRegister(w.id(), "5524");
        assertThat(mvc.get().uri("/needs/needs/new").with(as(w.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("Registrer behov", "Bardu", "Målselv", "Ikke skriv helseopplysninger");
        assertThat(mvc.post()
                        .uri("/needs/needs")
                        .with(as(w.coordinator()))
                        .with(csrf())
                        .param("topic", "Sårbehandling")
                        .param("professions", "Sykepleier")
                        .param("municipalityIds", w.municipality().id().toString())
                        .param("people", "4")
                        .param("urgency", "MEDIUM")
                        .param("source", "MANUAL"))
                .hasStatus3xxRedirection();
        need(w, "Sårbehandling", "Sykepleier", Set.of(malselv.id()), 8);
        need(w, "Demensomsorg", "Helsefagarbeider", Set.of(malselv.id()), 5);
        assertThat(mvc.get().uri("/needs/needs").with(as(w.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("3 behov", "Sårbehandling", "Demensomsorg", "Slå sammen");
        assertThat(mvc.get().uri("/needs/needs?profession=Helsefagarbeider").with(as(w.coordinator())))
                .bodyText()
                .contains("Ett behov", "Demensomsorg");
        assertThat(mvc.get()
                        .uri("/needs/needs?municipality=" + w.municipality().id() + "&status=OPEN")
                        .with(as(w.coordinator())))
                .bodyText()
                .contains("Ett behov")
                .doesNotContain("Demensomsorg</a>");

        var wounds = needs.needs(w.id(), NeedFilter.all()).stream()
                .filter(n -> n.topic().equals("Sårbehandling"))
                .toList();
        // one need is not enough to merge: nothing changes
        assertThat(mvc.post()
                        .uri("/needs/needs/merge")
                        .with(as(w.coordinator()))
                        .with(csrf())
                        .param("needIds", wounds.getFirst().id().toString())
                        .param("topic", "Sår"))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("mergeRefused", "need.merge.atLeastTwo");
        assertThat(rows(w.id())).isEqualTo(3);
        assertThat(mvc.post()
                        .uri("/needs/needs/merge")
                        .with(as(w.coordinator()))
                        .with(csrf())
                        .param(
                                "needIds",
                                wounds.get(0).id().toString(),
                                wounds.get(1).id().toString())
                        .param("topic", "12 sykepleiere i 2 kommuner trenger sårbehandling"))
                .hasStatus3xxRedirection();
        NeedSummary merged = needs.needs(w.id(), new NeedFilter(null, null, null, false)).stream()
                .filter(n -> n.topic().startsWith("12 sykepleiere"))
                .findFirst()
                .orElseThrow();
        assertThat(merged.people()).isEqualTo(12);
        assertThat(merged.municipalities())
                .extracting(NeedSummary.Municipality::name)
                .containsExactly("Bardu", "Målselv");
        for (NeedSummary part : wounds) {
            NeedSummary after = needs.need(w.id(), part.id());
            assertThat(after.mergedInto()).isEqualTo(merged.id());
            assertThat(after.status()).isEqualTo(NeedStatus.CLOSED);
        }
        assertThat(mvc.get().uri("/needs/needs/" + merged.id()).with(as(w.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("Slått sammen fra", "Bardu, Målselv", "Bestill opplæring");
        assertThat(mvc.get().uri("/needs/needs/" + wounds.getFirst().id()).with(as(w.coordinator())))
                .bodyText()
                .contains("Se det sammenslåtte behovet");
        // merged needs leave the list, but stay
        assertThat(mvc.get().uri("/needs/needs").with(as(w.coordinator())))
                .bodyText()
                .contains("2 behov");
        // merging a merged need again is refused
        assertThat(mvc.post()
                        .uri("/needs/needs/merge")
                        .with(as(w.coordinator()))
                        .with(csrf())
                        .param(
                                "needIds",
                                wounds.get(0).id().toString(),
                                merged.id().toString())
                        .param("topic", "Igjen"))
                .flash()
                .containsEntry("mergeRefused", "need.merge.onlyOpen");
        assertThat(rows(w.id())).isEqualTo(4);
        assertThat(mvc.get().uri("/needs/needs?lang=en").with(as(w.coordinator())))
                .bodyText()
                .contains("Competence needs");
    }

    @Test
    void badNeedsGetFieldMessagesAndChangeNothing() {
        TestWorld.World w = worlds.create();
        TestWorld.World other = worlds.create();
        assertThat(mvc.post()
                        .uri("/needs/needs")
                        .with(as(w.coordinator()))
                        .with(csrf())
                        .param("topic", " ")
                        .param("professions", "")
                        .param("people", "mange")
                        .param("urgency", "MEDIUM")
                        .param("source", "MANUAL"))
                .hasStatusOk()
                .bodyText()
                .contains("Rett opp dette før du går videre", "Skriv et helt tall.", "aria-invalid=\"true\"");
        assertThat(mvc.post()
                        .uri("/needs/needs")
                        .with(as(w.coordinator()))
                        .with(csrf())
                        .param("topic", " ")
                        .param("professions", " ")
                        .param("people", "3")
                        .param("urgency", "MEDIUM")
                        .param("source", "MANUAL"))
                .hasStatusOk()
                .bodyText()
                .contains("Må fylles ut.", "href=\"#topic\"", "href=\"#professions\"");
        assertThat(mvc.post()
                        .uri("/needs/needs")
                        .with(as(w.coordinator()))
                        .with(csrf())
                        .param("topic", "Sår")
                        .param("professions", "Sykepleier")
                        .param("people", "0")
                        .param("urgency", "MEDIUM")
                        .param("source", "MANUAL"))
                .hasStatusOk()
                .bodyText()
                .contains("Velg minst én kommune.", "Skriv et antall fra 1 til 100");
        // a municipality of another collaboration is refused
        assertThat(mvc.post()
                        .uri("/needs/needs")
                        .with(as(w.coordinator()))
                        .with(csrf())
                        .param("topic", "Sår")
                        .param("professions", "Sykepleier")
                        .param("municipalityIds", other.municipality().id().toString())
                        .param("people", "3")
                        .param("urgency", "MEDIUM")
                        .param("source", "MANUAL"))
                .hasStatusOk()
                .bodyText()
                .contains("Velg kommuner i samarbeidet.");
        assertThat(rows(w.id())).isZero();
    }

    @Test
    void aContactReadsTheNeedsOfTheirMunicipalityAndOthersAreRefused() {
        TestWorld.World w = worlds.create();
        OrganisationSummary malselv = members.addMunicipalityFromRegister(w.id(), "5524");
        NeedSummary bardu = need(
                w,
                "Sårbehandling i Bardu",
                "Sykepleier",
                Set.of(w.municipality().id()),
                4);
        NeedSummary elsewhere = need(w, "Demens i Målselv", "Helsefagarbeider", Set.of(malselv.id()), 5);
        assertThat(mvc.get().uri("/needs/needs").with(as(w.contact())))
                .hasStatusOk()
                .bodyText()
                .contains("Sårbehandling i Bardu")
                .doesNotContain("Demens i Målselv", "Registrer behov", "Slå sammen");
        assertThat(mvc.get().uri("/needs/needs/" + bardu.id()).with(as(w.contact())))
                .hasStatusOk();
        assertThat(mvc.get().uri("/needs/needs/" + elsewhere.id()).with(as(w.contact())))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/needs/" + elsewhere.id()).with(as(w.contact())))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/needs").with(as(w.contact())))
                .hasStatusOk()
                .bodyText()
                .contains(bardu.id().toString())
                .doesNotContain(elsewhere.id().toString());
        assertThat(mvc.get().uri("/needs/needs/new").with(as(w.contact()))).hasStatus(403);
        assertThat(mvc.post()
                        .uri("/needs/needs/" + bardu.id() + "/status")
                        .with(as(w.contact()))
                        .with(csrf())
                        .param("status", "CLOSED"))
                .hasStatus(403);
        assertThat(mvc.get().uri("/needs/needs").with(as(w.participant()))).hasStatus(403);
        assertThat(mvc.get().uri("/needs/needs/" + bardu.id()).with(as(w.participant())))
                .hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/needs").with(as(w.participant()))).hasStatus(403);

        TestWorld.World other = worlds.create();
        assertThat(mvc.get().uri("/needs/needs/" + bardu.id()).with(as(other.coordinator())))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/needs/needs/" + bardu.id() + "/status")
                        .with(as(other.coordinator()))
                        .with(csrf())
                        .param("status", "CLOSED"))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/needs/needs/merge")
                        .with(as(other.coordinator()))
                        .with(csrf())
                        .param("needIds", bardu.id().toString(), elsewhere.id().toString())
                        .param("topic", "Stjålet"))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/needs?collaboration=" + w.id()).with(as(other.coordinator())))
                .hasStatus(404);
        assertThat(needs.need(w.id(), bardu.id()).status()).isEqualTo(NeedStatus.OPEN);

        // the coordinator changes the status
        assertThat(mvc.post()
                        .uri("/needs/needs/" + bardu.id() + "/status")
                        .with(as(w.coordinator()))
                        .with(csrf())
                        .param("status", "COVERED"))
                .hasStatus3xxRedirection();
        assertThat(needs.need(w.id(), bardu.id()).status()).isEqualTo(NeedStatus.COVERED);
        assertThat(mvc.get().uri("/api/v1/needs/" + bardu.id()).with(as(w.coordinator())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("COVERED");
    }
}
