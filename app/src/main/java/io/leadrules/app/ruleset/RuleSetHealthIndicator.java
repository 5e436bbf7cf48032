package io.leadrules.app.ruleset;

import io.leadrules.rules.engine.CompiledRuleSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code ruleSet} component of {@code /actuator/health} (and of its readiness group): UP with the active version,
 * compiled and leasable, as every evaluation leases it; DOWN when none can be served, which happens only once the
 * service is stopping (a version that does not compile never becomes active, and stops the start). Asks no database:
 * the {@code db} component says whether that is there.
 */
@Component
class RuleSetHealthIndicator implements HealthIndicator {

    private final ActiveRuleSet active;

    RuleSetHealthIndicator(ActiveRuleSet active) {
        this.active = active;
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
