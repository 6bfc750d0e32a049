package no.lokta.project.calendar;

import no.lokta.platform.web.NotFound;

/** No such year-wheel item or calendar feed, or not one the caller may see. */
public class CalendarNotFound extends NotFound {

    public CalendarNotFound() {
        super("calendar");
    }
}
