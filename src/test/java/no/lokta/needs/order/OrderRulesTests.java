package no.lokta.needs.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.lokta.needs.need.NeedSource;
import no.lokta.needs.need.NeedStatus;
import no.lokta.needs.need.NeedSummary;
import no.lokta.needs.need.NeedUrgency;
import no.lokta.platform.money.Nok;
import no.lokta.platform.web.InvalidInput;
import no.lokta.programme.ActivityCommand;
import no.lokta.programme.ActivityKind;
import no.lokta.programme.ActivityStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrderRulesTests {

    static final LocalDate FROM = LocalDate.of(2030, 4, 1);
    static final LocalDate TO = LocalDate.of(2030, 5, 31);

    @Test
    void onlyTheListedStepsAreAllowed() {
        assertThat(OrderStatus.DRAFT.next()).containsExactly(OrderStatus.SENT);
        assertThat(OrderStatus.SENT.next()).containsExactly(OrderStatus.OFFER_RECEIVED);
        assertThat(OrderStatus.OFFER_RECEIVED.next())
                .containsExactlyInAnyOrder(OrderStatus.ACCEPTED, OrderStatus.DECLINED);
        assertThat(OrderStatus.ACCEPTED.next()).containsExactly(OrderStatus.DELIVERED);
        assertThat(OrderStatus.DELIVERED.next()).containsExactly(OrderStatus.EVALUATED);
        assertThat(OrderStatus.DECLINED.next()).isEmpty();
        assertThat(OrderStatus.EVALUATED.next()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void everyOtherStepIsRefusedWithAMessage(OrderStatus from) {
        for (OrderStatus to : EnumSet.allOf(OrderStatus.class)) {
            if (from.mayGoTo(to)) {
                OrderManagement.checkStep(from, to);
            } else {
                assertThatThrownBy(() -> OrderManagement.checkStep(from, to))
                        .as(from + " -> " + to)
                        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(
                                        e.errors().getFirst().messageKey())
                                .isEqualTo("order.step.notAllowed"));
            }
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "12500|1250000",
                "12 500|1250000",
                "12500,50|1250050",
                "12 500.5|1250050",
                "kr 1 000|100000",
                "1 000 kr|100000",
                "0|0",
                "0,01|1",
                "12\u00a0500|1250000"
            })
    void amountsAreReadExactly(String text, long ore) {
        assertThat(Nok.parse(text)).contains(new Nok(ore));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-100", "12,345", "1e5", "abc", "12.500,00", "NaN", "1000000000000000", "12,"})
    void malformedAmountsAreNone(String text) {
        assertThat(Nok.parse(text)).isEmpty();
    }

    @Test
    void amountsAreExactAndWrittenTheNorwegianWay() {
        Nok n = Nok.parse("0,10").orElseThrow();
        Nok sum = new Nok(n.ore() + Nok.parse("0,20").orElseThrow().ore());
        assertThat(sum.amount()).isEqualByComparingTo(new BigDecimal("0.30"));
        assertThat(sum.amount().scale()).isEqualTo(2);
        assertThat(Nok.kroner(60_000).format()).isEqualTo("60 000");
        assertThat(new Nok(1_250_050).format()).isEqualTo("12 500,50");
        assertThat(new Nok(1_250_050).input()).isEqualTo("12500,50");
        assertThatThrownBy(() -> new Nok(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void malformedOrdersAreRefusedFieldByField() {
        assertThatThrownBy(() -> new OrderCommand(
                        UUID.randomUUID(),
                        Set.of(),
                        " ",
                        "",
                        "x".repeat(4001),
                        TO,
                        FROM,
                        "",
                        DeliveryMode.VIDEO,
                        Nok.kroner(1)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(InvalidInput.FieldProblem::field)
                        .containsExactly("needIds", "title", "audience", "description", "periodTo", "place"));
        assertThatThrownBy(() -> new OfferCommand(Nok.kroner(1), " ", TO, FROM))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(InvalidInput.FieldProblem::field)
                        .containsExactly("text", "proposedTo"));
    }

    @Test
    void anAcceptedOrderBecomesADraftActivityOnTheOfferedDates() {
        OrderSummary order = new OrderSummary(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                "UNN HF",
                List.of(),
                "Kurs i sårbehandling",
                "Sykepleiere",
                "To dager",
                FROM,
                TO,
                "Bardufoss",
                DeliveryMode.ON_SITE,
                Nok.kroner(60_000),
                OrderStatus.ACCEPTED,
                new OrderSummary.Offer(
                        Nok.kroner(55_000),
                        "Vi tilbyr to dager.",
                        LocalDate.of(2030, 4, 10),
                        LocalDate.of(2030, 4, 11),
                        LocalDateTime.of(2030, 3, 1, 12, 0)),
                null,
                LocalDateTime.of(2030, 2, 1, 12, 0));
        NeedSummary need = new NeedSummary(
                UUID.randomUUID(),
                order.collaborationId(),
                "Sår",
                "",
                List.of("Sykepleier"),
                List.of(),
                12,
                NeedUrgency.HIGH,
                NeedSource.MANUAL,
                null,
                NeedStatus.OPEN,
                null,
                LocalDateTime.of(2030, 1, 1, 12, 0));
        ActivityCommand activity = OrderManagement.activityOf(order, List.of(need));
        assertThat(activity.title()).isEqualTo("Kurs i sårbehandling");
        assertThat(activity.kind()).isEqualTo(ActivityKind.COURSE);
        assertThat(activity.status()).isEqualTo(ActivityStatus.DRAFT);
        assertThat(activity.capacity()).isEqualTo(12);
        assertThat(activity.sessions().getFirst().startsAt()).isEqualTo(LocalDateTime.of(2030, 4, 10, 9, 0));
        assertThat(activity.sessions().getFirst().endsAt()).isEqualTo(LocalDateTime.of(2030, 4, 11, 15, 0));
        assertThat(activity.sessions().getFirst().place()).isEqualTo("Bardufoss");
    }
}
