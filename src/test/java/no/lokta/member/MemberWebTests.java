package no.lokta.member;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@LoktaTest
class MemberWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorld worlds;

    @Autowired
    MemberManagement members;

    @Test
    void membersPageShowsEightIn2019AndFiveIn2024() {
        assertThat(mvc.get().uri("/members?date=2019-06-30").with(as(worlds.loktaCoordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("8 medlemskommuner per 30.06.2019", "Lenvik", "Tranøy");
        assertThat(mvc.get().uri("/members?year=2024").with(as(worlds.loktaCoordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("5 medlemskommuner", "Senja")
                .doesNotContain("Lenvik</a>");
    }

    @Test
    void pagesSpeakEnglishWhenAsked() {
        assertThat(mvc.get().uri("/members?date=2019-06-30&lang=en").with(as(worlds.loktaCoordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("8 member municipalities on 30.06.2019", "lang=\"en\"");
    }

    @Test
    void everyMemberPageRendersForACoordinator() {
        var world = worlds.create();
        for (String page : List.of(
                "/organisations",
                "/organisations?q=bar&standing=FORMER",
                "/organisations/new",
                "/organisations/" + world.municipality().id(),
                "/organisations/" + world.municipality().id() + "/edit",
                "/members",
                "/members/timeline",
                "/members/merger",
                "/population?year=2024",
                "/population/import",
                "/collaborations",
                "/collaborations/current/edit")) {
            assertThat(mvc.get().uri(page).with(as(world.coordinator())))
                    .as(page)
                    .hasStatusOk();
        }
    }

    @Test
    void participantsMayLookButNotChange() {
        var world = worlds.create();
        assertThat(mvc.get().uri("/members").with(as(world.participant()))).hasStatusOk();
        assertThat(mvc.get().uri("/organisations").with(as(world.participant())))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("/organisations/new");
        for (String page : List.of("/organisations/new", "/population", "/members/merger", "/population/import")) {
            assertThat(mvc.get().uri(page).with(as(world.participant())))
                    .as(page)
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.post()
                        .uri("/organisations")
                        .param("kind", "HOSPITAL_TRUST")
                        .param("name", "Sneaky HF")
                        .with(as(world.contact()))
                        .with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(members.organisations(world.id())).hasSize(1);
    }

    @Test
    void anotherCollaborationsRecordsAreNotFound() {
        var a = worlds.create();
        var b = worlds.create();
        String other = "/organisations/" + a.municipality().id();
        assertThat(mvc.get().uri(other).with(as(b.coordinator())))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyText()
                .contains("Fant ikke siden")
                .doesNotContain("Exception");
        assertThat(mvc.post()
                        .uri(other)
                        .param("kind", "MUNICIPALITY")
                        .param("name", "Hijacked")
                        .param("municipalityNumber", "5520")
                        .with(as(b.coordinator()))
                        .with(csrf()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post()
                        .uri("/population/" + a.municipality().id() + "/2024")
                        .param("population", "1")
                        .with(as(b.coordinator()))
                        .with(csrf()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(members.organisation(a.id(), a.municipality().id()).name()).isEqualTo("Bardu");
    }

    @Test
    void badOrganisationInputGetsFieldMessagesAndChangesNothing() {
        var world = worlds.create();
        assertThat(mvc.post()
                        .uri("/organisations")
                        .param("kind", "HOSPITAL_TRUST")
                        .param("name", "Helse Test HF")
                        .param("organisationNumber", "983974898")
                        .with(as(world.coordinator()))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("riktig kontrollsiffer", "aria-invalid=\"true\"", "ds-error-summary");
        assertThat(mvc.post()
                        .uri("/organisations")
                        .param("kind", "MUNICIPALITY")
                        .param("name", "")
                        .with(as(world.coordinator()))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Må fylles ut");
        assertThat(members.organisations(world.id())).hasSize(1);
    }

    @Test
    void coordinatorCreatesAnOrganisationAndAMembership() {
        var world = worlds.create();
        assertThat(mvc.post()
                        .uri("/organisations")
                        .param("kind", "HOSPITAL_TRUST")
                        .param("name", "Helse Test HF")
                        .param("organisationNumber", "983 974 899")
                        .with(as(world.coordinator()))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND);
        OrganisationSummary created = members.organisations(world.id()).stream()
                .filter(o -> o.name().equals("Helse Test HF"))
                .findFirst()
                .orElseThrow();
        assertThat(created.organisationNumber()).isEqualTo("983974899");
        assertThat(mvc.post()
                        .uri("/organisations/" + created.id() + "/memberships")
                        .param("kind", "PARTNER")
                        .param("validFrom", "2024-01-01")
                        .param("validTo", "2023-01-01")
                        .with(as(world.coordinator()))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Sluttdatoen kan ikke være før startdatoen");
        assertThat(mvc.post()
                        .uri("/organisations/" + created.id() + "/memberships")
                        .param("kind", "PARTNER")
                        .param("validFrom", "2024-01-01")
                        .with(as(world.coordinator()))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND);
        assertThat(members.membershipsOf(world.id(), created.id())).hasSize(1);
    }

    @Test
    void mergerFromThePage() {
        var world = worlds.create();
        var senja = members.addMunicipalityFromRegister(world.id(), "5530");
        var lenvik = members.addMunicipalityFromRegister(world.id(), "1931");
        members.addMembership(
                world.id(),
                new MembershipCommand(
                        lenvik.id(), MembershipKind.MEMBER, java.time.LocalDate.of(2010, 1, 1), null, ""));
        assertThat(mvc.post()
                        .uri("/members/merger")
                        .param("successorId", senja.id().toString())
                        .param("effective", "2020-01-01")
                        .with(as(world.coordinator()))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Velg minst én");
        assertThat(mvc.post()
                        .uri("/members/merger")
                        .param("merging", lenvik.id().toString())
                        .param("successorId", senja.id().toString())
                        .param("effective", "2020-01-01")
                        .with(as(world.coordinator()))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND);
        assertThat(members.membersOn(world.id(), java.time.LocalDate.of(2020, 1, 1)))
                .extracting(MembershipSummary::organisationName)
                .containsExactly("Senja");
        assertThat(members.membersOn(world.id(), java.time.LocalDate.of(2019, 12, 31)))
                .extracting(MembershipSummary::organisationName)
                .containsExactly("Lenvik");
    }

    @Test
    void populationEditRefusesBadNumbers() {
        var world = worlds.create();
        var bardu = world.municipality().id();
        assertThat(mvc.post()
                        .uri("/population/" + bardu + "/2024")
                        .param("population", "-3")
                        .with(as(world.coordinator()))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("kan ikke være negativt");
        assertThat(mvc.post()
                        .uri("/population/" + bardu + "/2024")
                        .param("population", "mange")
                        .with(as(world.coordinator()))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("helt tall");
        assertThat(members.populations(world.id(), 2024)).containsEntry(bardu, 3986);
        assertThat(mvc.post()
                        .uri("/population/" + bardu + "/2024")
                        .param("population", "4 001")
                        .with(as(world.coordinator()))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND);
        assertThat(members.populations(world.id(), 2024)).containsEntry(bardu, 4001);
    }

    @Test
    void importPageReportsRowsAndSavesNothingOnError() {
        var world = worlds.create();
        var bad = new MockMultipartFile(
                "file",
                "pop.csv",
                "text/csv",
                "5520;2024;100\n5520;abc;1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(mvc.post()
                        .multipart()
                        .uri("/population/import")
                        .file(bad)
                        .with(as(world.coordinator()))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Ingenting er lagret", "Linje 2");
        assertThat(members.populations(world.id(), 2024))
                .containsEntry(world.municipality().id(), 3986);

        var latin1 = new MockMultipartFile(
                "file",
                "pop.csv",
                "text/csv",
                "5520;2024;100;\u00e6\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(mvc.post()
                        .multipart()
                        .uri("/population/import")
                        .file(latin1)
                        .with(as(world.coordinator()))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("UTF-8");

        var good = new MockMultipartFile(
                "file",
                "pop.csv",
                "text/csv",
                "kommunenummer;år;innbyggere\n5520;2024;100\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(mvc.post()
                        .multipart()
                        .uri("/population/import")
                        .file(good)
                        .with(as(world.coordinator()))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("1 rader er importert");
        assertThat(members.populations(world.id(), 2024))
                .containsEntry(world.municipality().id(), 100);
    }

    @Test
    void searchWorksAsAnHtmxFragmentAndAsAPage() {
        var world = worlds.create();
        assertThat(mvc.get()
                        .uri("/organisations?q=bardu")
                        .header("HX-Request", "true")
                        .with(as(world.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("organisation-results", "Bardu");
        assertThat(mvc.get().uri("/organisations?q=zzz").with(as(world.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("0 organisasjoner");
    }

    @Test
    void signedOutVisitorsAreSentToSignIn() {
        assertThat(mvc.get().uri("/members"))
                .hasStatus(HttpStatus.FOUND)
                .headers()
                .hasValue("Location", "/login");
    }
}
