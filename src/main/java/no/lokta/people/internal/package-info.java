/** How people sign in and how accounts come about: lockout, throttling, first coordinator, demo people. */
@NullMarked
package no.lokta.people.internal;

import org.jspecify.annotations.NullMarked;
