package no.lokta.needs.survey;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How far the recipients of one organisation (or the recipients outside any, when its id is null)
 * have come: answered if any one submitted, partly if any one saved, else not started.
 */
public record Progress(@Nullable UUID organisationId, String name, int recipients, int started, int submitted) {

    public enum State {
        ANSWERED,
        PARTLY,
        NOT_STARTED;

        public String messageKey() {
            return "survey.progress." + name();
        }
    }

    public State state() {
        return submitted > 0 ? State.ANSWERED : started > 0 ? State.PARTLY : State.NOT_STARTED;
    }
}
