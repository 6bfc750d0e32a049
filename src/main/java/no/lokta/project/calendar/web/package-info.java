/** Pages of the deadline calendar and year wheel, the iCal download and the secret feed address. */
@NullMarked
package no.lokta.project.calendar.web;

import org.jspecify.annotations.NullMarked;
