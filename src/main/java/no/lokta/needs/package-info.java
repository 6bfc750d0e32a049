/**
 * Mapping needs and ordering: surveys to the members (kartlegging), competence needs, orders to
 * education providers (bestilling) and the members' competence plans.
 */
@ApplicationModule(allowedDependencies = {"platform", "member", "people", "network", "programme"})
@NullMarked
package no.lokta.needs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
