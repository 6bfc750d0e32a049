/**
 * Shared mechanisms only: the database, security, layout, errors, languages, audit log, mail and
 * demo-data loading. Every other module may use it; it uses none of them.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package no.lokta.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
