package no.lokta.project.scheme.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import no.lokta.project.funding.FunderKind;
import no.lokta.project.scheme.GrantSchemeCommand;
import no.lokta.project.scheme.GrantSchemeSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The coordinator's grant scheme form. */
record SchemeForm(
        @NotBlank @Size(max = GrantSchemeCommand.MAX_NAME) @Nullable
        String name,

        @Size(max = GrantSchemeCommand.MAX_FUNDER) @Nullable String funder,
        @NotNull @Nullable FunderKind funderKind,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate deadline,

        @Size(max = 1000) @Nullable String whoCanApply,
        @Size(max = GrantSchemeCommand.MAX_LINK) @Nullable String link,
        @Size(max = GrantSchemeCommand.MAX_TEXT) @Nullable String description,
        @Nullable List<UUID> organisationIds) {

    static SchemeForm empty() {
        return new SchemeForm("", "", FunderKind.DIRECTORATE, null, "", "", "", List.of());
    }

    static SchemeForm from(GrantSchemeSummary s) {
        return new SchemeForm(
                s.name(),
                s.funder(),
                s.funderKind(),
                s.deadline(),
                s.whoCanApply(),
                s.link(),
                s.description(),
                s.organisationIds());
    }

    /** Called once bean validation passed. */
    GrantSchemeCommand toCommand() {
        return new GrantSchemeCommand(
                text(name),
                text(funder),
                Objects.requireNonNull(funderKind),
                Objects.requireNonNull(deadline),
                text(whoCanApply),
                text(link),
                text(description),
                new LinkedHashSet<>(organisationIds == null ? List.of() : organisationIds));
    }

    static String text(@Nullable String s) {
        return s == null ? "" : s;
    }
}
