package no.lokta.project.fund.web;

import java.util.Optional;
import no.lokta.platform.money.Nok;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** Reads an amount typed in a form field, or marks the field as wrong. */
final class Amounts {

    private Amounts() {}

    static Optional<Nok> read(@Nullable String typed, String field, BindingResult result) {
        Optional<Nok> amount = Nok.parse(typed == null ? "" : typed);
        if (amount.isEmpty() && !result.hasFieldErrors(field) && result.getTarget() != null) {
            result.rejectValue(field, "fund.amount.invalid");
        }
        return amount;
    }
}
