package no.lokta.needs.plan;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationSummary;
import no.lokta.programme.ProgrammeManagement;
import no.lokta.programme.RegistrationCommand;
import no.lokta.programme.RegistrationSummary;
import no.lokta.programme.attendance.AttendanceManagement;
import no.lokta.programme.attendance.Course;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Measures linked to a programme activity show who actually came from the plan's municipality. */
@LoktaTest
class PlanProgressTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorld worlds;

    @Autowired
    MemberManagement members;

    @Autowired
    PlanManagement plans;

    @Autowired
    ProgrammeManagement programme;

    @Autowired
    AttendanceManagement attendance;

    private static PlanScope coordinatorOf(TestWorld.World w) {
        return new PlanScope(w.id(), null);
    }

    private RegistrationSummary register(Course c, String name, UUID organisationId) {
        String email = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "-"
                + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        return programme.register(new RegistrationCommand(c.id(), null, name, email, organisationId));
    }

    /** A course with two from Bardu (one came) and one from Målselv (who came). */
    private Course course(TestWorld.World w) {
        OrganisationSummary malselv = members.addMunicipalityFromRegister(w.id(), "5524");
        Course c = Course.of(programme, w, "Sårbehandling");
        RegistrationSummary anne = register(c, "Anne Ansatt", w.municipality().id());
        register(c, "Bjørn Berg", w.municipality().id());
        RegistrationSummary dag = register(c, "Dag Eng", malselv.id());
        attendance.save(w.id(), c.id(), c.session(0), List.of(anne.id(), dag.id()), null);
        return c;
    }

    @Test
    void aMeasureLinkedToAnActivityShowsAttendanceFromThePlansMunicipality() throws Exception {
        var w = worlds.create();
        Course c = course(w);
        CompetencePlan plan = plans.create(
                coordinatorOf(w), new NewPlanCommand(w.municipality().id(), 2030));
        String page = "/needs/plans/" + plan.id();
        assertThat(mvc.get().uri(page + "/measures").with(as(w.contact())))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Aktivitet i kompetanseprogrammet (valgfritt)",
                        "Ingen aktivitet",
                        "Sårbehandling (02.05.2030)");
        assertThat(mvc.post()
                        .uri(page + "/measures")
                        .with(as(w.contact()))
                        .with(csrf())
                        .param("rows[0].kind", "PROGRAMME_ACTIVITY")
                        .param("rows[0].description", "Kurs i sårbehandling")
                        .param("rows[0].status", "STARTED")
                        .param("rows[0].activityId", c.id().toString())
                        .param("rows[1].kind", "RECRUITMENT")
                        .param("rows[1].description", "Heltidsstillinger")
                        .param("rows[1].status", "PLANNED")
                        .param("rows[1].activityId", ""))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl(page);
        assertThat(plans.plan(coordinatorOf(w), plan.id()).measures())
                .extracting(Measure::activityId)
                .containsExactly(c.id(), null);

        // one of the two from Bardu came; Målselv's attendee is not Bardu's
        String shown = mvc.get()
                .uri(page)
                .with(as(w.contact()))
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(shown).contains("Fremdrift", "Sårbehandling", "Publisert", "1 av 2 påmeldte fra Bardu deltok");
        // the measure without an activity shows nothing
        assertThat(shown.split("påmeldte fra", -1)).hasSize(2);
        assertThat(mvc.get().uri(page + "/measures?lang=en").with(as(w.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "1 of 2 registered from Bardu attended",
                        "Published",
                        "value=\"" + c.id() + "\" selected=\"selected\"");
        var pdf = mvc.get().uri(page + "/pdf").with(as(w.contact())).exchange();
        assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
    }

    @Test
    void anActivityOfAnotherCollaborationOrAForgedIdIsRefusedAtTheField() {
        var w = worlds.create();
        var other = worlds.create();
        Course own = course(w);
        Course foreign = Course.of(programme, other, "Demensomsorg");
        CompetencePlan plan = plans.create(
                coordinatorOf(w), new NewPlanCommand(w.municipality().id(), 2030));
        String page = "/needs/plans/" + plan.id();
        // the other collaboration's activity is not offered
        assertThat(mvc.get().uri(page + "/measures").with(as(w.coordinator())))
                .bodyText()
                .contains("Sårbehandling")
                .doesNotContain("Demensomsorg");
        for (String forged : List.of(foreign.id().toString(), UUID.randomUUID().toString())) {
            assertThat(mvc.post()
                            .uri(page + "/measures")
                            .with(as(w.contact()))
                            .with(csrf())
                            .param("rows[0].kind", "PROGRAMME_ACTIVITY")
                            .param("rows[0].description", "Kurs")
                            .param("rows[0].activityId", own.id().toString())
                            .param("rows[1].description", "")
                            .param("rows[2].kind", "PROGRAMME_ACTIVITY")
                            .param("rows[2].description", "Demens")
                            .param("rows[2].activityId", forged))
                    .hasStatusOk()
                    .bodyText()
                    .contains(
                            "Velg en aktivitet i samarbeidets kompetanseprogram.",
                            "id=\"rows[2].activityId-error\"",
                            "aria-invalid=\"true\"");
        }
        assertThat(mvc.post()
                        .uri(page + "/measures?lang=en")
                        .with(as(w.coordinator()))
                        .with(csrf())
                        .param("rows[0].description", "Kurs")
                        .param("rows[0].activityId", foreign.id().toString()))
                .hasStatusOk()
                .bodyText()
                .contains("Choose an activity in the competence programme of this collaboration.");
        assertThat(mvc.post()
                        .uri(page + "/measures")
                        .with(as(w.contact()))
                        .with(csrf())
                        .param("rows[0].description", "Kurs")
                        .param("rows[0].activityId", "ikke-en-id"))
                .hasStatusOk()
                .bodyText()
                .contains("Velg fra listen.", "id=\"rows[0].activityId-error\"");
        assertThat(plans.plan(coordinatorOf(w), plan.id()).measures()).isEmpty();
        // the domain refuses it too, whatever the form
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> plans.updateMeasures(
                        coordinatorOf(w),
                        plan.id(),
                        new MeasuresCommand(
                                2030,
                                List.of(new Measure(
                                        MeasureKind.PROGRAMME_ACTIVITY,
                                        "Kurs",
                                        "",
                                        null,
                                        MeasureStatus.PLANNED,
                                        foreign.id())))))
                .isInstanceOf(no.lokta.platform.web.InvalidInput.class);
        assertThat(plans.plan(coordinatorOf(w), plan.id()).measures()).isEmpty();
    }

    @Test
    void theWrongRoleAndAnotherCollaborationAreStillRefused() {
        var w = worlds.create();
        var other = worlds.create();
        Course c = course(w);
        CompetencePlan plan = plans.create(
                coordinatorOf(w), new NewPlanCommand(w.municipality().id(), 2030));
        String page = "/needs/plans/" + plan.id();
        assertThat(mvc.get().uri(page).with(as(w.participant()))).hasStatus(403);
        assertThat(mvc.get().uri(page + "/measures").with(as(w.participant()))).hasStatus(403);
        assertThat(mvc.post()
                        .uri(page + "/measures")
                        .with(as(w.participant()))
                        .with(csrf())
                        .param("rows[0].description", "Kurs")
                        .param("rows[0].activityId", c.id().toString()))
                .hasStatus(403);
        assertThat(mvc.get().uri(page).with(as(other.coordinator()))).hasStatus(404);
        assertThat(mvc.get().uri(page + "/measures").with(as(other.contact()))).hasStatus(404);
        assertThat(mvc.post()
                        .uri(page + "/measures")
                        .with(as(other.coordinator()))
                        .with(csrf())
                        .param("rows[0].description", "Kurs")
                        .param("rows[0].activityId", c.id().toString()))
                .hasStatus(404);
        assertThat(plans.plan(coordinatorOf(w), plan.id()).measures()).isEmpty();
        // and a plan of another municipality is not shown to a kommunekontakt
        OrganisationSummary salangen = members.addMunicipalityFromRegister(w.id(), "5417");
        CompetencePlan theirs = plans.create(coordinatorOf(w), new NewPlanCommand(salangen.id(), 2030));
        assertThat(mvc.get().uri("/needs/plans/" + theirs.id() + "/measures").with(as(w.contact())))
                .hasStatus(404);
    }
}
