/**
 * The programme's scheduled work: reserved seats released to the waitlist on their date, and
 * reminders before an activity starts. Run by db-scheduler, so that with several nodes exactly one
 * runs each execution; the work itself is also safe to run twice.
 */
@NullMarked
package no.lokta.programme.jobs;

import org.jspecify.annotations.NullMarked;
