/**
 * The programme's mails to participants and leaders, written to the outbox by listeners of the
 * programme's events (so a reaction is retried from the event publication registry, never lost),
 * and the personal cancellation links they carry.
 */
@NullMarked
package no.lokta.programme.mail;

import org.jspecify.annotations.NullMarked;
