package no.lokta.finance.web;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.member.CollaborationSummary;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationSummary;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.LoktaUser;
import no.lokta.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@LoktaTest
class OwnCostsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MemberManagement members;

    @Autowired
    TestWorld worlds;

    private LoktaUser contactOf(String municipality) {
        CollaborationSummary lokta = members.collaborationNamed("LØKTA").orElseThrow();
        OrganisationSummary org = members.organisations(lokta.id()).stream()
                .filter(o -> o.name().equals(municipality))
                .findFirst()
                .orElseThrow();
        return new LoktaUser(
                UUID.randomUUID(),
                "kontakt@example.org",
                "Kontakt",
                null,
                false,
                true,
                List.of(new CollaborationAccess(
                        lokta.id(), lokta.name(), Set.of(Role.MUNICIPALITY_CONTACT), org.id())));
    }

    @Test
    void aContactSeesTheirOwnShareForEachSavedBudget() {
        assertThat(mvc.get().uri("/cost-share/mine").with(as(contactOf("Bardu"))))
                .hasStatusOk()
                .bodyText()
                .contains("Våre kostnader", "2019", "2024", "313\u00a0992", "Fakturagrunnlag 2019 (PDF)")
                .doesNotContain("Lenvik");
    }

    @Test
    void aMunicipalityThatLeftSeesOnlyItsYears() {
        assertThat(mvc.get().uri("/cost-share/mine").with(as(contactOf("Lenvik"))))
                .hasStatusOk()
                .bodyText()
                .contains("796\u00a0071", "Fakturagrunnlag 2019 (PDF)")
                .doesNotContain("Fakturagrunnlag 2024 (PDF)");
    }

    @Test
    void otherRolesHaveNoOwnCostsPage() {
        var world = worlds.create();
        assertThat(mvc.get().uri("/cost-share/mine").with(as(world.participant())))
                .hasStatus(403);
        assertThat(mvc.get().uri("/cost-share/mine").with(as(world.coordinator())))
                .hasStatus(403);
        assertThat(mvc.get().uri("/cost-share/mine").with(as(world.contact())))
                .hasStatusOk()
                .bodyText()
                .contains("Det er ikke lagret noe budsjett");
    }
}
