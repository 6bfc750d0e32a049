package no.lokta.knowledge.consultant;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.member.MemberManagement;
import no.lokta.member.MembershipCommand;
import no.lokta.member.MembershipKind;
import no.lokta.member.OrganisationCommand;
import no.lokta.member.OrganisationKind;
import no.lokta.member.OrganisationSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The practice-consultant register: Helsedialog's growth, bad input, and who may see and change it. */
@LoktaTest
class ConsultantTests {

    @Autowired
    ConsultantManagement consultants;

    @Autowired
    MemberManagement members;

    @Autowired
    TestWorld worlds;

    @Autowired
    MockMvcTester mvc;

    @Test
    void helsedialogGrewFromFifteenIn2005ToFiftyIn2007() {
        UUID helsedialog =
                members.collaborationNamed("Helsedialog").orElseThrow().id();
        Growth growth = consultants.growth(helsedialog);
        Growth.Year y2005 = growth.years().get(0);
        Growth.Year y2006 = growth.years().get(1);
        Growth.Year y2007 = growth.years().get(2);
        assertThat(y2005.year()).isEqualTo(2005);
        assertThat(y2005.total()).isEqualTo(15);
        assertThat(y2005.nonDoctors()).isZero();
        assertThat(y2006.total()).isEqualTo(30);
        assertThat(y2007.total()).isEqualTo(50);
        assertThat(y2007.nonDoctors()).isEqualTo(9);
        assertThat(y2007.coordinators()).isEqualTo(6);
        assertThat(y2007.of(Profession.PHYSIOTHERAPIST)).isEqualTo(4);
    }

    private UUID trust(TestWorld.World w) {
        OrganisationSummary trust = members.createOrganisation(
                w.id(),
                new OrganisationCommand(OrganisationKind.HOSPITAL_TRUST, "Testsykehuset HF", null, null, "", "", ""));
        members.addMembership(
                w.id(), new MembershipCommand(trust.id(), MembershipKind.PARTNER, LocalDate.of(2020, 1, 1), null, ""));
        return trust.id();
    }

    @Test
    void badInputIsRefusedAtTheFieldAndChangesNothing() {
        var w = worlds.create();
        UUID trust = trust(w);
        var other = worlds.create();
        UUID theirTrust = trust(other);
        for (String[] bad : new String[][] {
            {"positionPercent", "0", "Må være minst 1."},
            {"positionPercent", "mye", "Skriv et helt tall fra 1 til 100."},
            {"toDate", "2019-01-01", "Perioden kan ikke slutte før den begynner."},
            {"hospitalTrustId", theirTrust.toString(), "Velg et helseforetak i samarbeidet."},
            {"hospitalTrustId", w.municipality().id().toString(), "Velg et helseforetak i samarbeidet."}
        }) {
            var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
            params.set("name", "Ola Test");
            params.set("profession", "GP");
            params.set("hospitalTrustId", trust.toString());
            params.set("positionPercent", "20");
            params.set("fromDate", "2020-01-01");
            params.set(bad[0], bad[1]);
            assertThat(mvc.post()
                            .uri("/knowledge/consultants")
                            .with(as(w.coordinator()))
                            .with(csrf())
                            .params(params))
                    .hasStatusOk()
                    .bodyText()
                    .contains(bad[2]);
        }
        assertThat(consultants.consultants(w.id())).isEmpty();
        assertThat(mvc.post()
                        .uri("/knowledge/consultants")
                        .with(as(w.coordinator()))
                        .with(csrf())
                        .param("name", "Ola Test")
                        .param("profession", "NURSE")
                        .param("hospitalTrustId", trust.toString())
                        .param("positionPercent", "20")
                        .param("coordinator", "true")
                        .param("fromDate", "2020-01-01"))
                .hasStatus3xxRedirection();
        assertThat(consultants.consultants(w.id())).singleElement().satisfies(c -> {
            assertThat(c.profession()).isEqualTo(Profession.NURSE);
            assertThat(c.coordinator()).isTrue();
        });
    }

    @Test
    void membersReadTheCoordinatorChangesAndOtherCollaborationsAreOut() {
        var w = worlds.create();
        UUID trust = trust(w);
        ConsultantSummary c = consultants.add(
                w.id(),
                new ConsultantCommand(
                        "Ola Test", Profession.GP, trust, "", 20, false, false, LocalDate.of(2020, 1, 1), null));
        assertThat(mvc.get().uri("/knowledge/consultants").with(as(w.contact())))
                .hasStatusOk()
                .bodyText()
                .contains("Ola Test");
        assertThat(mvc.get().uri("/knowledge/consultants").with(as(w.participant())))
                .hasStatus(403);
        assertThat(mvc.get().uri("/knowledge/consultants/" + c.id()).with(as(w.contact())))
                .hasStatus(403);
        var other = worlds.create();
        assertThat(mvc.get().uri("/knowledge/consultants/" + c.id()).with(as(other.coordinator())))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/knowledge/consultants/" + c.id())
                        .with(as(other.coordinator()))
                        .with(csrf())
                        .param("name", "Endret")
                        .param("profession", "GP")
                        .param("hospitalTrustId", trust.toString())
                        .param("positionPercent", "20")
                        .param("fromDate", "2020-01-01"))
                .hasStatus(404);
        assertThat(consultants.consultant(w.id(), c.id()).name()).isEqualTo("Ola Test");
    }
}
