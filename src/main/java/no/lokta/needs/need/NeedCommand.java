package no.lokta.needs.need;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * What a coordinator sets on a need: the topic, for which professions in which municipalities, how
 * many people, how urgent, and where it came from.
 */
public record NeedCommand(
        String topic,
        String description,
        Set<String> professions,
        Set<UUID> municipalityIds,
        int people,
        NeedUrgency urgency,
        NeedSource source,
        @Nullable UUID sourceRef,
        NeedStatus status) {

    public static final int MAX_PEOPLE = 100_000;
    public static final int MAX_TOPIC = 200;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_PROFESSION = 100;

    private static final java.util.regex.Pattern SEPARATOR = java.util.regex.Pattern.compile("[,\\n]");

    public NeedCommand {
        topic = topic.strip();
        description = description.strip();
        Set<String> cleaned = new LinkedHashSet<>();
        for (String p : professions) {
            String s = p.strip();
            if (!s.isEmpty()) {
                cleaned.add(s);
            }
        }
        professions = java.util.Collections.unmodifiableSet(cleaned);
        municipalityIds = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(municipalityIds));
        List<FieldProblem> problems = new ArrayList<>();
        if (topic.isEmpty()) {
            problems.add(new FieldProblem("topic", "NotBlank"));
        } else if (topic.length() > MAX_TOPIC) {
            problems.add(new FieldProblem("topic", "form.tooLong", MAX_TOPIC));
        }
        if (description.length() > MAX_DESCRIPTION) {
            problems.add(new FieldProblem("description", "form.tooLong", MAX_DESCRIPTION));
        }
        if (professions.isEmpty()) {
            problems.add(new FieldProblem("professions", "need.professions.required"));
        } else if (professions.stream().anyMatch(p -> p.length() > MAX_PROFESSION)) {
            problems.add(new FieldProblem("professions", "form.tooLong", MAX_PROFESSION));
        }
        if (municipalityIds.isEmpty()) {
            problems.add(new FieldProblem("municipalityIds", "need.municipalities.required"));
        }
        if (people <= 0 || people > MAX_PEOPLE) {
            problems.add(new FieldProblem("people", "need.people.range", MAX_PEOPLE));
        }
        if (source == NeedSource.MANUAL && sourceRef != null) {
            problems.add(new FieldProblem("sourceRef", "need.sourceRef.manual"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /** Professions as typed in one field, separated by commas or new lines. */
    public static Set<String> professionsOf(String text) {
        Set<String> out = new LinkedHashSet<>();
        SEPARATOR
                .splitAsStream(text)
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .forEach(out::add);
        return out;
    }
}
