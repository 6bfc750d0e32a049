package no.lokta.finance.api;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;

import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.finance.BudgetCommand;
import no.lokta.finance.CostShareRule;
import no.lokta.finance.FinanceManagement;
import no.lokta.finance.PopulationBasis;
import no.lokta.finance.TwoMembers;
import no.lokta.member.MemberManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@LoktaTest
class CostShareApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorld worlds;

    @Autowired
    MemberManagement members;

    @Autowired
    FinanceManagement finance;

    private TestWorld.World world;

    @BeforeEach
    void twoMembers() {
        world = TwoMembers.create(worlds, members).world();
    }

    @Test
    void costShareWithItsWorking() {
        var json = assertThat(mvc.get()
                        .uri("/api/v1/collaborations/{id}/cost-share?year=2019&budget=1000000", world.id())
                        .with(as(world.coordinator())))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.total").isEqualTo(1_000_000);
        json.extractingPath("$.budget").isEqualTo(1_000_000);
        json.extractingPath("$.rule.equalSharePercent").isEqualTo(20);
        json.extractingPath("$.rule.populationSharePercent").isEqualTo(80);
        json.extractingPath("$.rule.populationBasis").isEqualTo("BUDGET_YEAR");
        json.extractingPath("$.members[0].municipalityNumber").isEqualTo("5520");
        json.extractingPath("$.members[0].name").isEqualTo("Bardu");
        json.extractingPath("$.members[0].population").isEqualTo(4030);
        json.extractingPath("$.members[0].days").isEqualTo(365);
        json.extractingPath("$.members[0].equalPart").isEqualTo(132_969);
        json.extractingPath("$.members[0].populationPart").isEqualTo(432_145);
        json.extractingPath("$.members[0].total").isEqualTo(565_114);
        json.extractingPath("$.members[1].municipalityNumber").isEqualTo("5524");
        json.extractingPath("$.members[1].days").isEqualTo(184);
        json.extractingPath("$.members[1].total").isEqualTo(434_886);
    }

    @Test
    void costShareUsesTheSavedBudgetWhenNoneIsGiven() {
        finance.saveBudget(world.id(), new BudgetCommand(2019, 1_000_000, ""));

        assertThat(mvc.get()
                        .uri("/api/v1/collaborations/{id}/cost-share?year=2019", world.id())
                        .with(as(world.contact())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.members[1].total")
                .isEqualTo(434_886);
        assertThat(mvc.get()
                        .uri("/api/v1/collaborations/{id}/budgets", world.id())
                        .with(as(world.coordinator())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].amount")
                .isEqualTo(1_000_000);
    }

    @Test
    void refusedInputNamesTheField() {
        assertThat(mvc.get()
                        .uri("/api/v1/collaborations/{id}/cost-share?year=2019&budget=-1", world.id())
                        .with(as(world.coordinator())))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.budget")
                .isEqualTo("Budsjettet kan ikke være negativt.");
        assertThat(mvc.get()
                        .uri("/api/v1/collaborations/{id}/cost-share?year=2010&budget=1&lang=en", world.id())
                        .with(as(world.coordinator())))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.year")
                .isEqualTo("The collaboration had no member municipalities in 2010. Register the memberships first.");
        assertThat(mvc.get()
                        .uri("/api/v1/collaborations/{id}/cost-share?year=2021&budget=1", world.id())
                        .with(as(world.coordinator())))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.year")
                .asString()
                .contains("mangler for Bardu, Målselv");
        assertThat(mvc.get()
                        .uri("/api/v1/collaborations/{id}/cost-share?year=2019", world.id())
                        .with(as(world.coordinator())))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.budget")
                .isEqualTo("Det er ikke lagret noe budsjett for 2019. Oppgi budsjettet.");
    }

    @Test
    void ruleIsReadAndWritten() {
        assertThat(mvc.get()
                        .uri("/api/v1/collaborations/{id}/cost-share-rule", world.id())
                        .with(as(world.coordinator())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.saved")
                .isEqualTo(false);

        var json = assertThat(mvc.put()
                        .uri("/api/v1/collaborations/{id}/cost-share-rule", world.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"equalSharePercent": 12.5, "populationSharePercent": 87.5,
                                 "populationBasis": "PREVIOUS_YEAR"}""")
                        .with(as(world.coordinator())))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.equalSharePercent").isEqualTo(12.5);
        json.extractingPath("$.saved").isEqualTo(true);

        assertThat(finance.savedRule(world.id()))
                .contains(new CostShareRule(1_250, 8_750, PopulationBasis.PREVIOUS_YEAR));
    }

    @Test
    void ruleThatDoesNotAddUpIsRefusedAndNothingIsSaved() {
        assertThat(mvc.put()
                        .uri("/api/v1/collaborations/{id}/cost-share-rule", world.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"equalSharePercent": 20, "populationSharePercent": 70,
                                 "populationBasis": "BUDGET_YEAR"}""")
                        .with(as(world.coordinator())))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.equalSharePercent")
                .isEqualTo("Andelene må til sammen være 100 %. Nå er summen 90 %.");
        assertThat(mvc.put()
                        .uri("/api/v1/collaborations/{id}/cost-share-rule", world.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"equalSharePercent\": 20}")
                        .with(as(world.coordinator())))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.populationBasis")
                .isEqualTo("Må fylles ut.");
        assertThat(mvc.put()
                        .uri("/api/v1/collaborations/{id}/budgets/2019", world.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amount\": -5}")
                        .with(as(world.coordinator())))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.amount")
                .isEqualTo("Budsjettet kan ikke være negativt.");

        assertThat(finance.savedRule(world.id())).isEmpty();
        assertThat(finance.budgets(world.id())).isEmpty();
    }

    @Test
    void anotherCollaborationIsNotFoundAndTheWrongRoleForbidden() {
        TestWorld.World other = worlds.create();

        assertThat(mvc.get()
                        .uri("/api/v1/collaborations/{id}/cost-share?year=2019&budget=1", world.id())
                        .with(as(other.coordinator())))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.put()
                        .uri("/api/v1/collaborations/{id}/cost-share-rule", world.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"equalSharePercent": 50, "populationSharePercent": 50,
                                 "populationBasis": "BUDGET_YEAR"}""")
                        .with(as(other.coordinator())))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get()
                        .uri("/api/v1/collaborations/{id}/cost-share?year=2019&budget=1", world.id())
                        .with(as(world.participant())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.put()
                        .uri("/api/v1/collaborations/{id}/cost-share-rule", world.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"equalSharePercent": 50, "populationSharePercent": 50,
                                 "populationBasis": "BUDGET_YEAR"}""")
                        .with(as(world.contact())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(finance.savedRule(world.id())).isEmpty();
    }
}
