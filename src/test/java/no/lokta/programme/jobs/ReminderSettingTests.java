package no.lokta.programme.jobs;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.platform.web.InvalidInput;
import no.lokta.programme.ActivityCommand;
import no.lokta.programme.ActivityKind;
import no.lokta.programme.ActivityStatus;
import no.lokta.programme.Audience;
import no.lokta.programme.ProgrammeManagement;
import no.lokta.programme.SessionCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** "Remind N days before start" on the activity form: 0 to 30, or empty for none. */
@LoktaTest
class ReminderSettingTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorld worlds;

    @Autowired
    ProgrammeManagement programme;

    private MvcTestResult create(TestWorld.World world, String remind) {
        return mvc.post()
                .uri("/programme/manage")
                .with(as(world.coordinator()))
                .with(csrf())
                .param("kind", "COURSE")
                .param("title", "Kurs med påminnelse")
                .param("audience", "EMPLOYEES")
                .param("capacity", "10")
                .param("certificateHours", "1")
                .param("status", "PUBLISHED")
                .param("session0StartsAt", "2030-04-01T09:00")
                .param("session0EndsAt", "2030-04-01T15:00")
                .param("session0Place", "Finnsnes")
                .param("remindDaysBefore", remind)
                .exchange();
    }

    @Test
    void theSettingIsSavedAndShownAgain() {
        var world = worlds.create();
        assertThat(create(world, "3")).hasStatus3xxRedirection();
        var created = programme.activities(world.id()).getFirst();
        assertThat(created.remindDaysBefore()).isEqualTo(3);
        assertThat(mvc.get().uri("/programme/manage/" + created.id() + "/edit").with(as(world.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("name=\"remindDaysBefore\"", "value=\"3\"");

        var empty = worlds.create();
        assertThat(create(empty, "")).hasStatus3xxRedirection();
        assertThat(programme.activities(empty.id()).getFirst().remindDaysBefore())
                .isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "31", "1000", "tre", "2.5"})
    void aBadNumberIsRefusedOnTheFieldAndNothingIsSaved(String remind) {
        var world = worlds.create();
        assertThat(create(world, remind))
                .hasStatusOk()
                .bodyText()
                .contains("remindDaysBefore-error", "aria-invalid=\"true\"")
                .containsAnyOf("Skriv et antall dager fra 0 til 30", "Skriv et helt tall");
        assertThat(programme.activities(world.id())).isEmpty();
    }

    @Test
    void theCommandChecksTheRangeToo() {
        LocalDateTime nine = LocalDateTime.of(2030, 4, 1, 9, 0);
        try {
            new ActivityCommand(
                    null,
                    ActivityKind.COURSE,
                    "Kurs",
                    "",
                    Audience.EMPLOYEES,
                    List.of(new SessionCommand(nine, nine.plusHours(1), "Finnsnes", "")),
                    10,
                    Map.of(),
                    null,
                    null,
                    null,
                    false,
                    BigDecimal.ONE,
                    "",
                    ActivityStatus.DRAFT,
                    31);
            throw new AssertionError("accepted 31 days");
        } catch (InvalidInput e) {
            assertThat(e.errors()).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("remindDaysBefore");
                assertThat(p.messageKey()).isEqualTo("activity.remindDaysBefore.range");
            });
        }
    }
}
