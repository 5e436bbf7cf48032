package io.leadrules.app.webhook;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.leadrules.app.jobs.JobScheduler;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Runs the dispatcher every {@code leadrules.webhooks.dispatch-interval} as a recurring task on the shared scheduler:
 * its one execution cluster-wide is claimed by one instance at a time, so one dispatch round runs at a time across all
 * instances, and no delivery is sent by two of them, nor a lead's deliveries out of order. A round cut short by a dead
 * instance is taken over by another; a delivery it had sent but not yet recorded is sent again (at least once, as
 * receivers expect of webhooks: the {@code webhook-id} lets them drop the repeat). Off in tests, which call
 * {@link WebhookDispatcher#dispatchDue} with an instant of their choosing.
 */
@Component
@ConditionalOnProperty(name = "leadrules.webhooks.schedule-enabled", matchIfMissing = true)
class DispatchSchedule {

    static final String TASK = "webhook-dispatch";

    DispatchSchedule(WebhookDispatcher dispatcher, WebhookSettings settings, JobScheduler scheduler, Clock clock) {
        RecurringTask<Void> rounds = Tasks.recurring(TASK, Schedules.fixedDelay(settings.dispatchInterval()))
                .execute((instance, context) -> dispatcher.dispatchDue(clock.instant()));
        scheduler.registerRecurring(rounds);
    }
}
