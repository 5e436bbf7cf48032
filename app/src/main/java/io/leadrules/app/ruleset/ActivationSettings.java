package io.leadrules.app.ruleset;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How an activation reaches every instance that shares the database, under {@code leadrules.rulesets.activation}
 * (docs/operations.md, "Rule versions across instances"; ADR 0038). A member left out gets its default.
 *
 * @param pollInterval      how often an instance reads the pending activation (default 300 ms): the guarantee that
 *                          it learns of one; PostgreSQL's {@code NOTIFY} is only a hint that wakes it earlier
 * @param heartbeatInterval how often an instance renews its row in {@code service_instances} (default 2 s)
 * @param liveHeartbeats    heartbeats an instance may miss before it no longer counts as live (default 3)
 * @param readyWait         how long an activation without {@code effectiveAt} waits for every live instance to hold
 *                          the version compiled (default 10 s); an instance not ready by then stays behind, DOWN
 * @param margin            added to the moment every instance is ready (default 1 s): longer than the poll
 *                          interval, so each instance has read the instant before it comes
 * @param maxLead           how far ahead an {@code effectiveAt} may be (default 24 h): a pending activation holds
 *                          every other one back, and its scenarios were run at the request
 * @param catchUpRetry      how long an instance that failed to compile the active version waits before it tries
 *                          again (default 5 s)
 */
@ConfigurationProperties("leadrules.rulesets.activation")
public record ActivationSettings(Duration pollInterval, Duration heartbeatInterval, Integer liveHeartbeats,
                                 Duration readyWait, Duration margin, Duration maxLead, Duration catchUpRetry) {

    public ActivationSettings {
        pollInterval = positive(pollInterval, Duration.ofMillis(300), "poll-interval");
        heartbeatInterval = positive(heartbeatInterval, Duration.ofSeconds(2), "heartbeat-interval");
        liveHeartbeats = liveHeartbeats == null ? 3 : liveHeartbeats;
        readyWait = positive(readyWait, Duration.ofSeconds(10), "ready-wait");
        margin = positive(margin, Duration.ofSeconds(1), "margin");
        maxLead = positive(maxLead, Duration.ofHours(24), "max-lead");
        catchUpRetry = positive(catchUpRetry, Duration.ofSeconds(5), "catch-up-retry");
        if (liveHeartbeats < 2) {
            throw new IllegalArgumentException("leadrules.rulesets.activation.live-heartbeats must be at least 2");
        }
        if (margin.compareTo(pollInterval) <= 0) {
            throw new IllegalArgumentException("leadrules.rulesets.activation.margin (" + margin + ") must be longer "
                    + "than poll-interval (" + pollInterval + "): an instance must read the instant before it comes");
        }
    }

    /** An instance whose last heartbeat ({@code service_instances.heartbeat_at}) is older than this is gone. */
    public Duration liveWindow() {
        return heartbeatInterval.multipliedBy(liveHeartbeats);
    }

    private static Duration positive(Duration value, Duration fallback, String name) {
        Duration chosen = value == null ? fallback : value;
        if (chosen.isNegative() || chosen.isZero()) {
            throw new IllegalArgumentException("leadrules.rulesets.activation." + name + " must be positive");
        }
        return chosen;
    }
}
