package io.leadrules.app.webhook;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the dispatcher every {@code leadrules.webhooks.dispatch-interval} on Spring's scheduler thread (a platform
 * thread: nothing here needs more, and one round at a time keeps a lead's deliveries in order). Off in tests, which
 * call {@link WebhookDispatcher#dispatchDue} with an instant of their choosing.
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "leadrules.webhooks.schedule-enabled", matchIfMissing = true)
class DispatchSchedule {

    private final WebhookDispatcher dispatcher;
    private final Clock clock;

    DispatchSchedule(WebhookDispatcher dispatcher, Clock clock) {
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${leadrules.webhooks.dispatch-interval:5s}")
    void dispatch() {
        dispatcher.dispatchDue(clock.instant());
    }
}
