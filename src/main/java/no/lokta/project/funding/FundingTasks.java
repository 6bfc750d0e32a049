package no.lokta.project.funding;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalDate;
import java.time.LocalTime;
import no.lokta.project.work.ProjectManagement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The daily reminder run, stored in {@code platform.scheduled_tasks}: one node takes each run. */
@Configuration(proxyBeanMethods = false)
class FundingTasks {

    /** At 07:30 Norwegian time: reminders of reporting duties whose reminder day has come. */
    @Bean
    RecurringTask<Void> reportingRemindersTask(FundingManagement funding) {
        return Tasks.recurring(
                        "project-reporting-reminders", Schedules.daily(ProjectManagement.ZONE, LocalTime.of(7, 30)))
                .execute((instance, context) -> funding.sendReminders(LocalDate.now(ProjectManagement.ZONE)));
    }
}
