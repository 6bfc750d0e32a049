/**
 * Agreements between municipalities and hospital trusts (samarbeidsavtaler): the parties, a
 * sub-agreement per topic of the Health and Care Services Act § 6-2 with its versions and revision
 * dates, reminders before a revision is due, and the coverage of topics per municipality.
 */
@NullMarked
package no.lokta.knowledge.agreement;

import org.jspecify.annotations.NullMarked;
