package no.lokta.knowledge.discussion;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The daily digest run, stored in {@code platform.scheduled_tasks}: one node takes each run. */
@Configuration(proxyBeanMethods = false)
class DiscussionTasks {

    /** At 07:00 Norwegian time: the replies of the last day to the followers of their threads. */
    @Bean
    RecurringTask<Void> discussionDigestTask(DiscussionManagement discussions) {
        return Tasks.recurring(
                        "knowledge-discussion-digest", Schedules.daily(DiscussionManagement.ZONE, LocalTime.of(7, 0)))
                .execute((instance, context) -> discussions.sendDigests(OffsetDateTime.now(DiscussionManagement.ZONE)));
    }
}
