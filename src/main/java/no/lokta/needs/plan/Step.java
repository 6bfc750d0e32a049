package no.lokta.needs.plan;

/** One of the seven steps in a plan: how far it has come, and a note. */
public record Step(PlanStep step, StepStatus status, String note) {

    public Step {
        note = note.strip();
    }
}
