/** The programme as JSON: activities, sessions with their sites, and registrations. */
@NullMarked
package no.lokta.programme.api;

import org.jspecify.annotations.NullMarked;
