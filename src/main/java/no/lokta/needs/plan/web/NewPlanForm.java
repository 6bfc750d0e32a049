package no.lokta.needs.plan.web;

import java.util.UUID;
import no.lokta.needs.plan.NewPlanCommand;
import org.jspecify.annotations.Nullable;

/** A new plan: the municipality (a kommunekontakt's own is given) and the year. */
class NewPlanForm {

    public @Nullable UUID organisationId;
    public @Nullable Integer year;

    static NewPlanForm of(@Nullable UUID organisationId, int year) {
        NewPlanForm f = new NewPlanForm();
        f.organisationId = organisationId;
        f.year = year;
        return f;
    }

    /** Called once binding passed and both fields are there. */
    @SuppressWarnings("NullAway")
    NewPlanCommand toCommand() {
        return new NewPlanCommand(organisationId, year);
    }
}
