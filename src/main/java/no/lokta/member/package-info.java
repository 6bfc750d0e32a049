/** Collaborations, organisations, memberships over time, mergers and population figures. */
@ApplicationModule(allowedDependencies = {"platform"})
@NullMarked
package no.lokta.member;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
