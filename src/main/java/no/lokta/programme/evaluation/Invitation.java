package no.lokta.programme.evaluation;

import no.lokta.programme.ActivitySummary;

/** What the person behind a secret link sees: the activity, and whether they have answered. */
public record Invitation(ActivitySummary activity, boolean answered) {}
