/** Persons, their accounts and roles, sign-in, password reset and personal API tokens. */
@ApplicationModule(allowedDependencies = {"platform", "member"})
@NullMarked
package no.lokta.people;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
