package no.lokta.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class CommandTests {

    private static final LocalDateTime NINE = LocalDateTime.of(2027, 3, 10, 9, 0);
    private static final SessionCommand SESSION = new SessionCommand(NINE, NINE.plusHours(6), "Finnsnes", "");

    private static ActivityCommand activity(
            int capacity,
            Map<UUID, Integer> quotas,
            @Nullable LocalDateTime opens,
            @Nullable LocalDateTime closes,
            List<SessionCommand> sessions) {
        return new ActivityCommand(
                null,
                ActivityKind.COURSE,
                "  Kurs  ",
                "",
                Audience.EMPLOYEES,
                sessions,
                capacity,
                quotas,
                LocalDate.of(2027, 3, 1),
                opens,
                closes,
                false,
                BigDecimal.ONE,
                "Post@Lokta.no",
                ActivityStatus.DRAFT);
    }

    private static List<String> fields(Runnable r) {
        try {
            r.run();
        } catch (InvalidInput e) {
            return e.errors().stream().map(FieldProblem::messageKey).toList();
        }
        throw new AssertionError("no InvalidInput");
    }

    @Test
    void aValidActivityIsTidied() {
        ActivityCommand c = activity(10, Map.of(UUID.randomUUID(), 4), null, null, List.of(SESSION));
        assertThat(c.title()).isEqualTo("Kurs");
        assertThat(c.contactEmail()).isEqualTo("post@lokta.no");
        assertThat(c.reservedSeats()).isEqualTo(4);
    }

    @Test
    void aSessionEndsAfterItStartsAndMeetsSomewhere() {
        assertThat(fields(() -> new SessionCommand(NINE, NINE, "Finnsnes", "")))
                .containsExactly("session.endsAt.beforeStart");
        assertThat(fields(() -> new SessionCommand(NINE, NINE.minusHours(1), "", "")))
                .containsExactly("session.endsAt.beforeStart", "session.place.required");
        assertThat(fields(() -> new SessionCommand(NINE, NINE.plusHours(1), "", "ftp://x")))
                .containsExactly("session.videoLink.invalid");
        assertThat(new SessionCommand(NINE, NINE.plusHours(1), "", "https://video.example.org/x").videoLink())
                .startsWith("https://");
    }

    @Test
    void capacityIsNotNegativeAndQuotasFitInIt() {
        assertThat(fields(() -> activity(-1, Map.of(), null, null, List.of(SESSION))))
                .containsExactly("activity.capacity.negative");
        assertThat(fields(() ->
                        activity(5, Map.of(UUID.randomUUID(), 3, UUID.randomUUID(), 3), null, null, List.of(SESSION))))
                .containsExactly("activity.quotas.overCapacity");
        assertThat(fields(() -> activity(5, Map.of(UUID.randomUUID(), 0), null, null, List.of(SESSION))))
                .containsExactly("activity.quotas.positive");
    }

    @Test
    void registrationClosesAfterItOpens() {
        assertThat(fields(() -> activity(5, Map.of(), NINE, NINE.minusDays(1), List.of(SESSION))))
                .containsExactly("activity.registrationCloses.beforeOpens");
        assertThat(activity(5, Map.of(), NINE, NINE.plusDays(1), List.of(SESSION))
                        .registrationCloses())
                .isEqualTo(NINE.plusDays(1));
    }

    @Test
    void anActivityHasASession() {
        assertThat(fields(() -> activity(5, Map.of(), null, null, List.of())))
                .containsExactly("activity.sessions.required");
    }

    @Test
    void aRegistrationHasANameAndAnEmailKeptInLowerCase() {
        RegistrationCommand c = new RegistrationCommand(UUID.randomUUID(), null, " Kari ", " Kari@Example.ORG ", null);
        assertThat(c.email()).isEqualTo("kari@example.org");
        assertThat(c.name()).isEqualTo("Kari");
        assertThatThrownBy(() -> new RegistrationCommand(UUID.randomUUID(), null, "", "kari", null))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors())
                        .extracting(FieldProblem::field)
                        .containsExactly("name", "email"));
    }
}
