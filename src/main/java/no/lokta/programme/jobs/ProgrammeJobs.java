package no.lokta.programme.jobs;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import no.lokta.programme.ProgrammeManagement;
import no.lokta.programme.ReminderDue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The work of the scheduled tasks, callable with a given time (the tasks pass the present). */
@Service
public class ProgrammeJobs {

    private static final Logger log = LoggerFactory.getLogger(ProgrammeJobs.class);

    private final ProgrammeManagement programme;
    private final Reminders reminders;
    private final ApplicationEventPublisher events;

    ProgrammeJobs(ProgrammeManagement programme, Reminders reminders, ApplicationEventPublisher events) {
        this.programme = programme;
        this.reminders = reminders;
        this.events = events;
    }

    /** Reserved seats whose release date has come go to those waiting. */
    public int releaseReservedSeats(LocalDate today) {
        int activities = programme.releaseReservedSeats(today);
        if (activities > 0) {
            log.info("Released reserved seats of {} activities to their waitlists", activities);
        }
        return activities;
    }

    /**
     * Picks the reminders due and publishes one event each, in the same transaction: the mail
     * listener then writes the mail, from the event publication registry (retried, never lost).
     */
    @Transactional
    public int sendReminders(LocalDateTime now) {
        List<ReminderDue> due = reminders.pickDue(now);
        due.forEach(events::publishEvent);
        return due.size();
    }
}
