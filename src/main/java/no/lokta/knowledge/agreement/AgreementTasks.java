package no.lokta.knowledge.agreement;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The daily revision reminder run, stored in {@code platform.scheduled_tasks}: one node takes each run. */
@Configuration(proxyBeanMethods = false)
class AgreementTasks {

    /** At 07:45 Norwegian time: reminders of agreement versions whose revision is coming up. */
    @Bean
    RecurringTask<Void> agreementRevisionRemindersTask(AgreementManagement agreements) {
        return Tasks.recurring(
                        "knowledge-agreement-revision-reminders",
                        Schedules.daily(AgreementManagement.ZONE, LocalTime.of(7, 45)))
                .execute((instance, context) -> agreements.sendReminders(LocalDate.now(AgreementManagement.ZONE)));
    }
}
