/** Calendar files (RFC 5545) of the programme's activities, for mail attachments and feeds. */
@NullMarked
package no.lokta.programme.calendar;

import org.jspecify.annotations.NullMarked;
