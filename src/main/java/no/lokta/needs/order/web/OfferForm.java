package no.lokta.needs.order.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import no.lokta.needs.order.OfferCommand;
import no.lokta.needs.order.OrderCommand;
import no.lokta.needs.order.OrderSummary;
import no.lokta.platform.money.Nok;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The provider's offer form. */
record OfferForm(
        @NotBlank @Size(max = 30) @Pattern(regexp = Nok.PATTERN) @Nullable
        String price,

        @NotBlank @Size(max = OrderCommand.MAX_TEXT) @Nullable
        String text,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate proposedFrom,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate proposedTo) {

    static OfferForm empty(OrderSummary o) {
        return new OfferForm("", "", o.periodFrom(), o.periodTo());
    }

    /** Called once bean validation passed and the price was read. */
    OfferCommand toCommand(Nok price) {
        return new OfferCommand(
                price,
                text == null ? "" : text,
                Objects.requireNonNull(proposedFrom),
                Objects.requireNonNull(proposedTo));
    }
}
