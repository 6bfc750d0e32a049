/**
 * Projects and funding: joint projects with subprojects, goals, status reports and measures tried
 * in practice; their funding plans, grant applications and the reporting duties that come with a
 * grant; grant schemes to watch; the unit's own development funds; members' requests for help.
 */
@ApplicationModule(allowedDependencies = {"platform", "member", "people"})
@NullMarked
package no.lokta.project;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
