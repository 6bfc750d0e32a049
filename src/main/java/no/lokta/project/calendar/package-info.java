/**
 * The deadline calendar and year wheel (årshjul): every dated deadline of the collaboration's
 * projects, funding, grant schemes and development funds in one list by month, the unit's own
 * recurring duties of the year, and both as an iCal feed to download or subscribe to behind a
 * secret address.
 */
@NullMarked
package no.lokta.project.calendar;

import org.jspecify.annotations.NullMarked;
