package io.leadrules.app.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The shared scheduler every instance runs background jobs on, under {@code leadrules.jobs} (docs/decisions/0040).
 * A member left out gets its default.
 *
 * @param pollingInterval  how often an instance looks for due executions (default 1s): the longest a job queued on
 *                         another instance, or a page of a rescoring job, waits for an idle instance
 * @param heartbeat        how often an instance marks the executions it runs as alive (default 2s)
 * @param missedHeartbeats heartbeats missed before another instance takes an execution over as dead (default 4: a
 *                         killed instance's work resumes elsewhere within about {@code heartbeat * missedHeartbeats})
 * @param threads          executions an instance runs at once, across all kinds of job (default 4)
 * @param shutdownGrace    how long a stopping instance waits for its running executions to reach a page boundary
 *                         (default 10s)
 */
@ConfigurationProperties("leadrules.jobs")
public record JobSettings(Duration pollingInterval, Duration heartbeat, Integer missedHeartbeats, Integer threads,
                          Duration shutdownGrace) {

    public JobSettings {
        pollingInterval = positive("polling-interval", pollingInterval, Duration.ofSeconds(1));
        heartbeat = positive("heartbeat", heartbeat, Duration.ofSeconds(2));
        shutdownGrace = positive("shutdown-grace", shutdownGrace, Duration.ofSeconds(10));
        missedHeartbeats = missedHeartbeats == null ? 4 : missedHeartbeats;
        threads = threads == null ? 4 : threads;
        if (missedHeartbeats < 4 || threads < 1) {
            throw new IllegalArgumentException("leadrules.jobs.missed-heartbeats must be 4 or more (db-scheduler's "
                    + "floor) and threads 1 or more, not " + missedHeartbeats + " and " + threads);
        }
    }

    /** How long an execution may go without a heartbeat before another instance takes it over. */
    public Duration deadAfter() {
        return heartbeat.multipliedBy(missedHeartbeats);
    }

    private static Duration positive(String name, Duration value, Duration otherwise) {
        if (value == null) {
            return otherwise;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("leadrules.jobs." + name + " must be more than 0, not " + value);
        }
        return value;
    }
}
