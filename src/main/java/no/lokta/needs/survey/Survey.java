package no.lokta.needs.survey;

import java.util.List;
import java.util.UUID;

/** A survey with its sections and their questions, in order. */
public record Survey(SurveySummary summary, List<Section> sections) {

    public Survey {
        sections = List.copyOf(sections);
    }

    public UUID id() {
        return summary.id();
    }

    /** A section of the survey, with its questions in order. */
    public record Section(UUID id, int position, String title, String description, List<Question> questions) {

        public Section {
            questions = List.copyOf(questions);
        }
    }

    /** A question; choices for choice questions, rows and columns for a matrix, else empty. */
    public record Question(
            UUID id,
            UUID sectionId,
            int position,
            QuestionKind kind,
            String text,
            String helpText,
            boolean required,
            List<Option> choices,
            List<Option> rows,
            List<Option> columns) {

        public Question {
            choices = List.copyOf(choices);
            rows = List.copyOf(rows);
            columns = List.copyOf(columns);
        }

        public QuestionCommand toCommand() {
            return new QuestionCommand(kind, text, helpText, required, labels(choices), labels(rows), labels(columns));
        }

        private static List<String> labels(List<Option> options) {
            return options.stream().map(Option::label).toList();
        }
    }

    /** A choice, row or column: the key answers refer to, and its label. */
    public record Option(String key, String label) {}
}
