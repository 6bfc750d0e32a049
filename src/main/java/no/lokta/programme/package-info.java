/**
 * The competence programme: activities with sessions, seats and quotas, and registrations with a
 * waitlist that stays first come first served under concurrency.
 */
@ApplicationModule(allowedDependencies = {"platform", "member", "people", "network"})
@NullMarked
package no.lokta.programme;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
