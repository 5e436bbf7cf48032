package io.leadrules.app.ruleset;

import io.leadrules.rules.engine.CompiledRuleSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code ruleSet} component of {@code /actuator/health} (and of its readiness group): UP with the active version,
 * compiled and leasable, as every evaluation leases it; DOWN when none can be served, which happens only once the
 * service is stopping (a version that does not compile never becomes active, and stops the start). DOWN too while
 * this instance serves another version than the one every instance must serve now ({@link ActivationFollower#lag}:
 * it could not compile it in time, or at all): a load balancer then sends requests to the instances that serve it,
 * and this one keeps answering with the version it has until it catches up (ADR 0038). Asks no database: the
 * follower's last look says what must be served, and the {@code db} component says whether the database is there.
 */
@Component
class RuleSetHealthIndicator implements HealthIndicator {

    private final ActiveRuleSet active;
    private final Supplier<Optional<ActivationFollower.Lag>> lag;

    RuleSetHealthIndicator(ActiveRuleSet active) {
        this(active, Optional::empty);
    }

    @Autowired
    RuleSetHealthIndicator(ActiveRuleSet active, ActivationFollower follower) {
        this(active, follower::lag);
    }

    private RuleSetHealthIndicator(ActiveRuleSet active, Supplier<Optional<ActivationFollower.Lag>> lag) {
        this.active = active;
        this.lag = lag;
    }

    @Override
    public Health health() {
        RuleSetLease lease;
        try {
            lease = active.lease();
        } catch (IllegalStateException closed) {
            return Health.down().withDetail("reason", "No rule set can be served: the service is stopping").build();
        }
        try (lease) {
            Optional<ActivationFollower.Lag> behind = lag.get();
            if (behind.isPresent()) {
                return Health.down().withDetails(details(lease.rules()))
                        .withDetail("activeVersion", Long.toString(behind.get().active()))
                        .withDetail("reason", behind.get().reason()).build();
            }
            return Health.up().withDetails(details(lease.rules())).build();
        }
    }

    private static Map<String, Object> details(CompiledRuleSet rules) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", rules.version());
        details.put("compiled", !rules.isClosed());
        details.put("rules", rules.catalog().rules().size());
        details.put("contentHash", rules.contentHash());
        return details;
    }
}
