/**
 * Registration without the person's own sign-in: relatives and service users confirm by a mailed
 * link, and a kommunekontakt registers and approves the organisation's own staff ("Min kommune").
 * Seats, quotas and the waitlist stay with {@link no.lokta.programme.ProgrammeManagement}.
 */
@NullMarked
package no.lokta.programme.registration;

import org.jspecify.annotations.NullMarked;
