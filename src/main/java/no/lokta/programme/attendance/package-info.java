/**
 * Attendance per session: the coordinator's check-list and uploaded lists, no-shows, and a person's
 * own history ("mine aktiviteter").
 */
@NullMarked
package no.lokta.programme.attendance;

import org.jspecify.annotations.NullMarked;
