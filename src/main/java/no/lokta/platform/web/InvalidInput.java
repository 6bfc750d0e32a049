package no.lokta.platform.web;

import java.util.List;

/**
 * Input that breaks a rule, with one message key per field. Thrown before anything is changed, so
 * a rejected input changes nothing.
 */
public class InvalidInput extends RuntimeException {

    /** One broken rule: the field (form or JSON name), the message key and its arguments. */
    public record FieldProblem(String field, String messageKey, Object... args) {}

    private final transient List<FieldProblem> errors;

    public InvalidInput(List<FieldProblem> errors) {
        super("invalid input: " + errors.stream().map(FieldProblem::field).toList());
        this.errors = List.copyOf(errors);
    }

    public InvalidInput(String field, String messageKey, Object... args) {
        this(List.of(new FieldProblem(field, messageKey, args)));
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    /** Copies the problems onto a form's binding result, field by field. */
    public void addTo(org.springframework.validation.BindingResult result) {
        for (FieldProblem p : errors) {
            if (result.getTarget() != null && hasField(result, p.field())) {
                result.rejectValue(p.field(), p.messageKey(), p.args(), p.messageKey());
            } else {
                result.reject(p.messageKey(), p.args(), p.messageKey());
            }
        }
    }

    private static boolean hasField(org.springframework.validation.BindingResult result, String field) {
        try {
            result.getFieldType(field);
            return result.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
