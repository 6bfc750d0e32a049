package no.lokta.needs.survey;

import no.lokta.programme.ActivityCompleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A completed activity's evaluation goes out on the survey engine, after the completion committed. */
@Component
class EvaluationInvitations {

    private final SurveyManagement surveys;

    EvaluationInvitations(SurveyManagement surveys) {
        this.surveys = surveys;
    }

    @ApplicationModuleListener
    void on(ActivityCompleted e) {
        surveys.evaluate(e.collaborationId(), e.activityId(), e.title());
    }
}
