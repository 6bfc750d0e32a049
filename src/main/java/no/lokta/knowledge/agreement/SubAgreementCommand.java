package no.lokta.knowledge.agreement;

import no.lokta.platform.web.FieldProblems;

/** A sub-agreement: the topic of § 6-2 it covers and an optional title of its own. */
public record SubAgreementCommand(int topic, String title) {

    public static final int MAX_TITLE = 200;

    public SubAgreementCommand {
        title = title.strip();
        new FieldProblems()
                .when(topic < 1, "topic", "agreement.topic.unknown")
                .longest("title", title, MAX_TITLE)
                .throwIfAny();
    }
}
