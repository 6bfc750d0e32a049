package no.lokta.needs.survey.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import no.lokta.needs.survey.QuestionCommand;
import no.lokta.needs.survey.SendCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** Whom to send a published survey to: the kommunekontakter, addresses one per line, and until when. */
record SendForm(
        @Nullable Boolean contacts,
        @Size(max = 100000) @Nullable String emails,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate expiresOn) {

    static SendForm initial(LocalDate today) {
        return new SendForm(true, "", today.plusWeeks(3));
    }

    /** Called once bean validation passed, so the date is there. */
    SendCommand toCommand() {
        return new SendCommand(
                Boolean.TRUE.equals(contacts),
                QuestionCommand.lines(SurveyForm.text(emails)),
                Objects.requireNonNull(expiresOn));
    }
}
