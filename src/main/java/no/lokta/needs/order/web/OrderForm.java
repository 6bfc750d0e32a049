package no.lokta.needs.order.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import no.lokta.needs.order.DeliveryMode;
import no.lokta.needs.order.OrderCommand;
import no.lokta.needs.order.OrderSummary;
import no.lokta.platform.money.Nok;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The coordinator's order form; the budget is typed as people write kroner. */
record OrderForm(
        @NotNull @Nullable UUID providerId,
        @Nullable List<UUID> needIds,

        @NotBlank @Size(max = OrderCommand.MAX_TITLE) @Nullable
        String title,

        @NotBlank @Size(max = OrderCommand.MAX_AUDIENCE) @Nullable
        String audience,

        @Size(max = OrderCommand.MAX_TEXT) @Nullable String description,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate periodFrom,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate periodTo,

        @NotBlank @Size(max = 200) @Nullable String place,
        @NotNull @Nullable DeliveryMode mode,

        @NotBlank @Size(max = 30) @Pattern(regexp = Nok.PATTERN) @Nullable
        String budget) {

    static OrderForm empty(List<UUID> needIds) {
        return new OrderForm(null, needIds, "", "", "", null, null, "", DeliveryMode.ON_SITE, "");
    }

    static OrderForm from(OrderSummary o) {
        return new OrderForm(
                o.providerId(),
                o.needIds(),
                o.title(),
                o.audience(),
                o.description(),
                o.periodFrom(),
                o.periodTo(),
                o.place(),
                o.mode(),
                o.budget().input());
    }

    /** Called once bean validation passed and the budget was read. */
    OrderCommand toCommand(Nok budget) {
        return new OrderCommand(
                Objects.requireNonNull(providerId),
                new LinkedHashSet<>(needIds == null ? List.of() : needIds),
                text(title),
                text(audience),
                text(description),
                Objects.requireNonNull(periodFrom),
                Objects.requireNonNull(periodTo),
                text(place),
                mode == null ? DeliveryMode.ON_SITE : mode,
                budget);
    }

    static String text(@Nullable String s) {
        return s == null ? "" : s;
    }
}
