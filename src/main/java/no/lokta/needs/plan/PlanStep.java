package no.lokta.needs.plan;

/** KS's seven steps of competence planning, in their order. */
public enum PlanStep {
    ORGANISE,
    ANCHOR,
    GOALS,
    DEFINE,
    ANALYSE,
    MEASURES,
    EVALUATE;

    public String messageKey() {
        return "plan.step." + name();
    }
}
