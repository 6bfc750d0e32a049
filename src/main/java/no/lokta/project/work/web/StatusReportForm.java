package no.lokta.project.work.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import no.lokta.platform.web.InvalidInput;
import no.lokta.project.work.Light;
import no.lokta.project.work.StatusReportCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The status report form: a light for the whole, and a light and comment per goal and subproject,
 * sent as lists in the same order as their ids. A goal or subproject left without a light is left
 * out of the report.
 */
record StatusReportForm(
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate periodFrom,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate periodTo,

        @NotNull @Nullable Light overall,
        @Size(max = 4000) @Nullable String text,
        @Nullable List<UUID> subjectIds,
        @Nullable List<String> lights,
        @Nullable List<String> comments) {

    static StatusReportForm empty(List<UUID> subjects) {
        List<String> none = new ArrayList<>();
        subjects.forEach(s -> none.add(""));
        return new StatusReportForm(null, null, Light.GREEN, "", subjects, none, none);
    }

    /** The light chosen for a subject, for showing the form again. */
    public String lightOf(UUID subject) {
        int i = subjectIds == null ? -1 : subjectIds.indexOf(subject);
        return i < 0 || lights == null || i >= lights.size() ? "" : lights.get(i);
    }

    public String commentOf(UUID subject) {
        int i = subjectIds == null ? -1 : subjectIds.indexOf(subject);
        return i < 0 || comments == null || i >= comments.size() ? "" : comments.get(i);
    }

    StatusReportCommand toCommand() {
        Map<UUID, Light> chosen = new LinkedHashMap<>();
        Map<UUID, String> said = new HashMap<>();
        List<UUID> ids = subjectIds == null ? List.of() : subjectIds;
        for (UUID id : ids) {
            String light = lightOf(id);
            if (!light.isEmpty()) {
                chosen.put(id, light(light));
                said.put(id, commentOf(id));
            }
        }
        return new StatusReportCommand(
                Objects.requireNonNull(periodFrom),
                Objects.requireNonNull(periodTo),
                Objects.requireNonNull(overall),
                ProjectForm.text(text),
                chosen,
                said);
    }

    private static Light light(String name) {
        try {
            return Light.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("lights", "status.light.invalid");
        }
    }
}
