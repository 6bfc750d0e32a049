package no.lokta.project.fund.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.lokta.platform.money.Nok;
import no.lokta.project.fund.ApplyCommand;
import no.lokta.project.fund.CallCommand;
import org.jspecify.annotations.Nullable;

/** A member's application form. */
record ApplicationForm(
        @NotBlank @Size(max = CallCommand.MAX_TITLE) @Nullable
        String title,

        @Size(max = CallCommand.MAX_TEXT) @Nullable String description,

        @NotBlank @Size(max = 30) @Nullable String amount,

        @NotBlank @Size(max = 200) @Nullable String contact) {

    static ApplicationForm empty(String contact) {
        return new ApplicationForm("", "", "", contact);
    }

    /** Called once bean validation passed and the amount was read. */
    ApplyCommand toCommand(Nok amount) {
        return new ApplyCommand(CallForm.text(title), CallForm.text(description), amount, CallForm.text(contact));
    }
}
