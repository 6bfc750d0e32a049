package no.lokta.needs.need.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import no.lokta.needs.need.NeedCommand;
import no.lokta.needs.need.NeedSource;
import no.lokta.needs.need.NeedStatus;
import no.lokta.needs.need.NeedUrgency;
import no.lokta.needs.survey.NeedDraft;
import org.jspecify.annotations.Nullable;

/** The coordinator's need form; professions are typed in one field, separated by commas. */
record NeedForm(
        @NotBlank @Size(max = NeedCommand.MAX_TOPIC) @Nullable
        String topic,

        @Size(max = NeedCommand.MAX_DESCRIPTION) @Nullable String description,
        @NotBlank @Size(max = 1000) @Nullable String professions,
        @Nullable List<UUID> municipalityIds,
        @NotNull @Nullable Integer people,
        @NotNull @Nullable NeedUrgency urgency,
        @NotNull @Nullable NeedSource source,
        @Nullable UUID sourceRef) {

    static NeedForm empty() {
        return new NeedForm("", "", "", List.of(), null, NeedUrgency.MEDIUM, NeedSource.MANUAL, null);
    }

    /** A need drafted from survey results, for the coordinator to check and save. */
    static NeedForm from(NeedDraft d) {
        return new NeedForm(
                d.topic(),
                d.description(),
                String.join(", ", d.professions()),
                List.copyOf(d.municipalityIds()),
                d.people() > 0 ? d.people() : null,
                NeedUrgency.MEDIUM,
                NeedSource.SURVEY,
                d.surveyId());
    }

    /** Called once bean validation passed. */
    NeedCommand toCommand() {
        return new NeedCommand(
                topic == null ? "" : topic,
                description == null ? "" : description,
                NeedCommand.professionsOf(professions == null ? "" : professions),
                new LinkedHashSet<>(municipalityIds == null ? List.of() : municipalityIds),
                people == null ? 0 : people,
                urgency == null ? NeedUrgency.MEDIUM : urgency,
                source == null ? NeedSource.MANUAL : source,
                sourceRef,
                NeedStatus.OPEN);
    }
}
