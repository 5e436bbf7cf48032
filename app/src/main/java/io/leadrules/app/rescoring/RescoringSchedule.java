package io.leadrules.app.rescoring;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.leadrules.app.jobs.JobScheduler;
import java.time.ZoneOffset;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The nightly rescoring, so that decay shows in the sales queue even when nothing new happens: a recurring task on the
 * shared scheduler at {@code leadrules.rescoring.cron} (UTC), whose one execution cluster-wide is claimed by one
 * instance per firing, however many instances run. On unless {@code leadrules.rescoring.schedule-enabled} is false
 * (as in tests): an instance with it off neither creates the execution nor runs it.
 */
@Component
@ConditionalOnBooleanProperty(name = "leadrules.rescoring.schedule-enabled", matchIfMissing = true)
class RescoringSchedule {

    static final String TASK = "nightly-rescoring";

    RescoringSchedule(RescoringJobs jobs, RescoringSettings settings, JobScheduler scheduler) {
        RecurringTask<Void> nightly = Tasks.recurring(TASK, Schedules.cron(settings.cron(), ZoneOffset.UTC))
                .execute((instance, context) -> jobs.start());
        scheduler.registerRecurring(nightly);
    }
}
