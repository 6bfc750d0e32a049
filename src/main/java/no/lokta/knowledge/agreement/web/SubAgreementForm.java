package no.lokta.knowledge.agreement.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import no.lokta.knowledge.agreement.SubAgreementCommand;
import no.lokta.knowledge.agreement.SubAgreementSummary;
import org.jspecify.annotations.Nullable;

/** The coordinator's sub-agreement form: the topic it covers and an optional title. */
record SubAgreementForm(
        @NotNull @Nullable Integer topic,
        @Size(max = SubAgreementCommand.MAX_TITLE) @Nullable String title) {

    static SubAgreementForm empty() {
        return new SubAgreementForm(null, "");
    }

    static SubAgreementForm from(SubAgreementSummary p) {
        return new SubAgreementForm(p.topic().point(), p.title());
    }

    /** Called once bean validation passed. */
    SubAgreementCommand toCommand() {
        return new SubAgreementCommand(Objects.requireNonNull(topic), title == null ? "" : title);
    }
}
