package no.lokta.programme.jobs;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import no.lokta.programme.ProgrammeManagement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The recurring tasks, stored in {@code platform.scheduled_tasks}: db-scheduler lets one node pick
 * each execution, and a node that dies mid-run leaves it to another.
 */
@Configuration(proxyBeanMethods = false)
class ProgrammeTasks {

    /** Just after midnight, Norwegian time: the day's released seats go to the waitlists. */
    @Bean
    RecurringTask<Void> releaseReservedSeatsTask(ProgrammeJobs jobs) {
        return Tasks.recurring(
                        "programme-release-reserved-seats",
                        Schedules.daily(ProgrammeManagement.ZONE, LocalTime.of(0, 5)))
                .execute((instance, context) -> jobs.releaseReservedSeats(LocalDate.now(ProgrammeManagement.ZONE)));
    }

    /**
     * Every hour from 07 to 20, Norwegian time (no mail in the night): a reminder goes out on the
     * first run of its day, or at a later one if a run failed; never twice.
     */
    @Bean
    RecurringTask<Void> remindersTask(ProgrammeJobs jobs) {
        return Tasks.recurring("programme-reminders", Schedules.cron("0 0 7-20 * * *", ProgrammeManagement.ZONE))
                .execute((instance, context) -> jobs.sendReminders(LocalDateTime.now(ProgrammeManagement.ZONE)));
    }
}
