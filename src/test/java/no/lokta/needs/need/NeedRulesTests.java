package no.lokta.needs.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.lokta.platform.web.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class NeedRulesTests {

    static final NeedSummary.Municipality BARDU = new NeedSummary.Municipality(UUID.randomUUID(), "Bardu");
    static final NeedSummary.Municipality MALSELV = new NeedSummary.Municipality(UUID.randomUUID(), "Målselv");
    static final NeedSummary.Municipality DYROY = new NeedSummary.Municipality(UUID.randomUUID(), "Dyrøy");

    static NeedSummary need(
            List<String> professions,
            List<NeedSummary.Municipality> municipalities,
            int people,
            NeedUrgency urgency,
            NeedStatus status,
            @Nullable UUID mergedInto) {
        return new NeedSummary(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Sårbehandling",
                "",
                professions,
                municipalities,
                people,
                urgency,
                NeedSource.MANUAL,
                null,
                status,
                mergedInto,
                LocalDateTime.of(2026, 12, 1, 10, 0));
    }

    static NeedSummary open(List<String> professions, List<NeedSummary.Municipality> municipalities, int people) {
        return need(professions, municipalities, people, NeedUrgency.MEDIUM, NeedStatus.OPEN, null);
    }

    @Test
    void mergingSumsPeopleAndUnitesMunicipalitiesAndProfessions() {
        NeedCommand merged = NeedManagement.merged(
                "12 sykepleiere trenger sårbehandling",
                List.of(
                        open(List.of("Sykepleier"), List.of(BARDU), 4),
                        open(List.of("Sykepleier", "Helsefagarbeider"), List.of(BARDU, MALSELV), 5),
                        need(List.of("Sykepleier"), List.of(DYROY), 3, NeedUrgency.HIGH, NeedStatus.OPEN, null)));
        assertThat(merged.people()).isEqualTo(12);
        assertThat(merged.professions()).containsExactlyInAnyOrder("Sykepleier", "Helsefagarbeider");
        assertThat(merged.municipalityIds()).containsExactlyInAnyOrder(BARDU.id(), MALSELV.id(), DYROY.id());
        assertThat(merged.urgency()).isEqualTo(NeedUrgency.HIGH);
        assertThat(merged.status()).isEqualTo(NeedStatus.OPEN);
        assertThat(merged.topic()).isEqualTo("12 sykepleiere trenger sårbehandling");
    }

    @Test
    void mergingNeedsTwoOpenNeedsNotMergedBefore() {
        NeedSummary a = open(List.of("Sykepleier"), List.of(BARDU), 4);
        assertThatThrownBy(() -> NeedManagement.merged("Tema", List.of(a)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("need.merge.atLeastTwo"));
        NeedSummary ordered = need(List.of("Sykepleier"), List.of(BARDU), 4, NeedUrgency.LOW, NeedStatus.ORDERED, null);
        NeedSummary merged =
                need(List.of("Sykepleier"), List.of(BARDU), 4, NeedUrgency.LOW, NeedStatus.OPEN, UUID.randomUUID());
        for (NeedSummary other : List.of(ordered, merged)) {
            assertThatThrownBy(() -> NeedManagement.merged("Tema", List.of(a, other)))
                    .isInstanceOfSatisfying(
                            InvalidInput.class,
                            e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("need.merge.onlyOpen"));
        }
        assertThatThrownBy(() -> NeedManagement.merged(" ", List.of(a, open(List.of("Lege"), List.of(DYROY), 1))))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.errors().getFirst().field()).isEqualTo("topic"));
    }

    @Test
    void malformedNeedsAreRefusedFieldByField() {
        assertThatThrownBy(() -> new NeedCommand(
                        "  ",
                        "x".repeat(4001),
                        Set.of(" "),
                        Set.of(),
                        0,
                        NeedUrgency.LOW,
                        NeedSource.MANUAL,
                        UUID.randomUUID(),
                        NeedStatus.OPEN))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(InvalidInput.FieldProblem::field)
                        .containsExactly(
                                "topic", "description", "professions", "municipalityIds", "people", "sourceRef"));
        assertThatThrownBy(() -> new NeedCommand(
                        "Tema",
                        "",
                        Set.of("Sykepleier"),
                        Set.of(BARDU.id()),
                        NeedCommand.MAX_PEOPLE + 1,
                        NeedUrgency.LOW,
                        NeedSource.SURVEY,
                        UUID.randomUUID(),
                        NeedStatus.OPEN))
                .isInstanceOf(InvalidInput.class);
        NeedCommand fine = new NeedCommand(
                " Tema ",
                "",
                Set.of(" Sykepleier ", ""),
                Set.of(BARDU.id()),
                3,
                NeedUrgency.LOW,
                NeedSource.PLAN,
                UUID.randomUUID(),
                NeedStatus.OPEN);
        assertThat(fine.topic()).isEqualTo("Tema");
        assertThat(fine.professions()).containsExactly("Sykepleier");
    }

    @Test
    void professionsAreReadFromOneField() {
        assertThat(NeedCommand.professionsOf("sykepleier, helsefagarbeider,\nvernepleier, , sykepleier"))
                .containsExactly("sykepleier", "helsefagarbeider", "vernepleier");
        assertThat(NeedCommand.professionsOf(" , ")).isEmpty();
    }

    @Test
    void filtersMatchStatusProfessionAndMunicipality() {
        NeedSummary n = open(List.of("Sykepleier"), List.of(BARDU), 4);
        assertThat(new NeedFilter(NeedStatus.OPEN, "sykepleier", BARDU.id(), false).matches(n))
                .isTrue();
        assertThat(new NeedFilter(NeedStatus.CLOSED, null, null, false).matches(n))
                .isFalse();
        assertThat(new NeedFilter(null, "Lege", null, false).matches(n)).isFalse();
        assertThat(new NeedFilter(null, null, MALSELV.id(), false).matches(n)).isFalse();
        NeedSummary merged =
                need(List.of("Sykepleier"), List.of(BARDU), 4, NeedUrgency.LOW, NeedStatus.CLOSED, UUID.randomUUID());
        assertThat(new NeedFilter(null, null, null, false).matches(merged)).isFalse();
        assertThat(NeedFilter.all().matches(merged)).isTrue();
    }
}
