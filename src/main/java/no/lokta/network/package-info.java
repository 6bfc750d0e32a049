/** Professional networks (fagnettverk): their governance bodies and who sits in them when. */
@ApplicationModule(allowedDependencies = {"platform", "member", "people"})
@NullMarked
package no.lokta.network;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
