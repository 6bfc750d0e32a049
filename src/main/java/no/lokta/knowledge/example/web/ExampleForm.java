package no.lokta.knowledge.example.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import no.lokta.knowledge.example.Evidence;
import no.lokta.knowledge.example.ExampleCommand;
import no.lokta.knowledge.example.ExampleSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The coordinator's form for a good example. */
record ExampleForm(
        @NotNull @Nullable UUID categoryId,

        @NotBlank @Size(max = ExampleCommand.MAX_TITLE) @Nullable
        String title,

        @NotBlank @Size(max = ExampleCommand.MAX_TEXT) @Nullable
        String summary,

        @Size(max = ExampleCommand.MAX_SHORT) @Nullable String targetGroup,
        @Nullable UUID networkId,
        @Nullable List<UUID> organisationIds,
        @Size(max = ExampleCommand.MAX_TITLE) @Nullable String contactName,

        @Email @Size(max = ExampleCommand.MAX_TITLE) @Nullable
        String contactEmail,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate periodFrom,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate periodTo,

        @Size(max = ExampleCommand.MAX_TEXT) @Nullable String results,
        @NotNull @Nullable Evidence evidence) {

    static ExampleForm empty() {
        return new ExampleForm(null, "", "", "", null, List.of(), "", "", null, null, "", Evidence.DESCRIBED);
    }

    static ExampleForm from(ExampleSummary e) {
        return new ExampleForm(
                e.categoryId(),
                e.title(),
                e.summary(),
                e.targetGroup(),
                e.networkId(),
                e.organisationIds(),
                e.contactName(),
                e.contactEmail(),
                e.periodFrom(),
                e.periodTo(),
                e.results(),
                e.evidence());
    }

    /** Called once bean validation passed. */
    ExampleCommand toCommand() {
        return new ExampleCommand(
                Objects.requireNonNull(categoryId),
                text(title),
                text(summary),
                text(targetGroup),
                networkId,
                new LinkedHashSet<>(organisationIds == null ? List.of() : organisationIds),
                text(contactName),
                text(contactEmail),
                periodFrom,
                periodTo,
                text(results),
                evidence == null ? Evidence.DESCRIBED : evidence);
    }

    static String text(@Nullable String s) {
        return s == null ? "" : s;
    }
}
