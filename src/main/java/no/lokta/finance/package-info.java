/** Cost-share rules, budgets, the allocation among members and invoice bases. */
@ApplicationModule(allowedDependencies = {"platform", "member"})
@NullMarked
package no.lokta.finance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
