package no.lokta.project.work;

import no.lokta.platform.web.FieldProblems;

/** A risk, scored 1 to 5 for likelihood and for impact, with what is done about it. */
public record RiskCommand(String description, int likelihood, int impact, String mitigation, boolean closed) {

    public RiskCommand {
        description = description.strip();
        mitigation = mitigation.strip();
        new FieldProblems()
                .required("description", description, 2000)
                .when(likelihood < 1 || likelihood > 5, "likelihood", "risk.score.range")
                .when(impact < 1 || impact > 5, "impact", "risk.score.range")
                .longest("mitigation", mitigation, 2000)
                .throwIfAny();
    }
}
