package no.lokta.programme;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.network.NetworkSummary;
import no.lokta.platform.security.LoktaUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A resource-group member edits their own network's programme and nothing else. */
@LoktaTest
class ResourceGroupEditingTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorld worlds;

    @Autowired
    CatalogueFixture fixture;

    @Autowired
    ProgrammeManagement programme;

    @Test
    void editsOwnNetworksActivitiesOnly() {
        var world = worlds.create();
        NetworkSummary geriatri = fixture.network(world, "Geriatri");
        NetworkSummary pu = fixture.network(world, "PU");
        LoktaUser member = fixture.resourceMember(world, geriatri.id());
        ActivitySummary mine = fixture.activity(world, "Geriatrikurs", geriatri.id());
        ActivitySummary theirs = fixture.activity(world, "PU-kurs", pu.id());
        ActivitySummary none = fixture.activity(world, "Uten nettverk", null);

        assertThat(mvc.get().uri("/programme/manage").with(as(member)))
                .hasStatusOk()
                .bodyText()
                .contains("Geriatrikurs")
                .doesNotContain("PU-kurs", "Uten nettverk");
        assertThat(mvc.get().uri("/programme/manage/new").with(as(member)))
                .hasStatusOk()
                .bodyText()
                .contains("Geriatri")
                .doesNotContain(">PU<", "Ikke knyttet til et nettverk");
        assertThat(mvc.get().uri("/programme/manage/" + mine.id() + "/edit").with(as(member)))
                .hasStatusOk();
        for (ActivitySummary other : List.of(theirs, none)) {
            for (String page : List.of("/edit", "/registrations", "/sites")) {
                assertThat(mvc.get()
                                .uri("/programme/manage/" + other.id() + page)
                                .with(as(member)))
                        .as(other.title() + page)
                        .hasStatus(404);
            }
            assertThat(mvc.post()
                            .uri("/programme/manage/" + other.id())
                            .with(as(member))
                            .with(csrf())
                            .param("title", "Kapret"))
                    .hasStatus(404);
        }

        // creates in own network
        assertThat(form(mvc.post().uri("/programme/manage").with(as(member)), geriatri, "Nytt geriatrikurs"))
                .hasStatus3xxRedirection();
        // not in another network: refused with a field message, nothing made
        assertThat(form(mvc.post().uri("/programme/manage").with(as(member)), pu, "Snikkurs"))
                .hasStatusOk()
                .bodyText()
                .contains("Du kan bare legge inn aktiviteter for nettverk der du sitter i ressursgruppen.");
        // nor move own activity to another network
        assertThat(form(mvc.post().uri("/programme/manage/" + mine.id()).with(as(member)), pu, "Flyttet"))
                .hasStatusOk();
        assertThat(programme.activities(world.id()))
                .extracting(ActivitySummary::title)
                .containsExactlyInAnyOrder("Geriatrikurs", "PU-kurs", "Uten nettverk", "Nytt geriatrikurs");
        assertThat(programme.activity(world.id(), mine.id()).networkId()).isEqualTo(geriatri.id());

        // networks, members and finance stay closed
        assertThat(mvc.get().uri("/networks/" + geriatri.id() + "/edit").with(as(member)))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/networks/" + geriatri.id())
                        .with(as(member))
                        .with(csrf())
                        .param("name", "Kapret"))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/organisations/from-register")
                        .with(as(member))
                        .with(csrf())
                        .param("municipalityNumber", "5522"))
                .hasStatus(403);
        assertThat(mvc.get().uri("/cost-share/budgets").with(as(member))).hasStatus(403);
        assertThat(mvc.post()
                        .uri("/cost-share/budgets")
                        .with(as(member))
                        .with(csrf())
                        .param("year", "2031")
                        .param("amount", "100"))
                .hasStatus(403);
    }

    @Test
    void aResourceGroupMemberOutsideEveryResourceGroupMayNotManage() {
        var world = worlds.create();
        NetworkSummary geriatri = fixture.network(world, "Geriatri");
        NetworkSummary pu = fixture.network(world, "PU");
        LoktaUser member = fixture.resourceMember(world, geriatri.id());
        // the same person as seen in a collaboration where they sit in no resource group
        var elsewhere = worlds.create();
        LoktaUser outsider = fixture.resourceMember(
                elsewhere, fixture.network(elsewhere, "X").id());
        assertThat(mvc.get().uri("/programme/manage").with(as(member))).hasStatusOk();
        assertThat(mvc.get().uri("/programme/manage").with(as(world.participant())))
                .hasStatus(403);
        assertThat(mvc.get().uri("/programme/manage").with(as(world.contact()))).hasStatus(403);
        assertThat(pu.id()).isNotNull();
        assertThat(outsider).isNotNull();
    }

    @Test
    void theNetworkPageListsTheNetworksComingActivities() {
        var world = worlds.create();
        NetworkSummary geriatri = fixture.network(world, "Geriatri");
        NetworkSummary pu = fixture.network(world, "PU");
        fixture.activity(world, "Geriatrikurs", geriatri.id());
        fixture.activity(world, "PU-kurs", pu.id());
        assertThat(mvc.get().uri("/networks/" + geriatri.id()).with(as(world.participant())))
                .hasStatusOk()
                .bodyText()
                .contains("Kompetanseprogram", "Geriatrikurs", "04.03.2031 09:00", "Kommende aktiviteter (1)")
                .doesNotContain("PU-kurs");
        assertThat(mvc.get().uri("/networks/" + pu.id() + "?lang=en").with(as(world.participant())))
                .hasStatusOk()
                .bodyText()
                .contains("Competence programme", "PU-kurs");
        NetworkSummary empty = fixture.network(world, "Tomt");
        assertThat(mvc.get().uri("/networks/" + empty.id()).with(as(world.participant())))
                .bodyText()
                .contains("Nettverket har ingen kommende aktiviteter.");
    }

    private static org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder form(
            org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder request,
            NetworkSummary network,
            String title) {
        return request.with(csrf())
                .param("networkId", network.id().toString())
                .param("kind", "COURSE")
                .param("title", title)
                .param("audience", "EMPLOYEES")
                .param("capacity", "10")
                .param("certificateHours", "1")
                .param("status", "PUBLISHED")
                .param("session0StartsAt", "2031-05-02T09:00")
                .param("session0EndsAt", "2031-05-02T15:00")
                .param("session0Place", "Bardu");
    }
}
