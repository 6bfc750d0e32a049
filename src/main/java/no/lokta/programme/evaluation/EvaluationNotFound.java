package no.lokta.programme.evaluation;

import no.lokta.platform.web.NotFound;

/** No evaluation behind this link. */
public class EvaluationNotFound extends NotFound {

    public EvaluationNotFound() {
        super("evaluation");
    }
}
