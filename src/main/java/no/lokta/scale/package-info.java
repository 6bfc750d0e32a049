/**
 * National-scale data and control pages for measuring Løkta (docs/performance.md). Off unless a
 * property asks for it. The generator writes every module's tables with set-based SQL, as a restore
 * would, because going through the facades one row at a time would take hours for a million
 * registrations; it depends on no module's Java API, and no module depends on it.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package no.lokta.scale;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
