package io.leadrules.app.ruleset;

import io.leadrules.app.decision.EvaluationMetrics;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The active rule version as a metric: {@value #ACTIVE} with the tag {@code version}, value 1, one series at a time
 * (the replaced version's series goes, so a dashboard shows when each version was live). Told of every activation, it
 * also tells {@link EvaluationMetrics} whose rules' firings to count from then on.
 */
@Component
class ActiveRuleSetMetrics {

    static final String ACTIVE = "leadrules.ruleset.active";

    private final MultiGauge gauge;
    private final EvaluationMetrics evaluations;

    ActiveRuleSetMetrics(ActiveRuleSet active, EvaluationMetrics evaluations, MeterRegistry registry) {
        this.gauge = MultiGauge.builder(ACTIVE).description("The rule version live now (value 1)").register(registry);
        this.evaluations = evaluations;
        active.apply(rules -> {
            activated(rules);
            return rules.version();
        });
    }

    /** {@code rules} has just become the active version. */
    void activated(CompiledRuleSet rules) {
        gauge.register(List.of(MultiGauge.Row.of(Tags.of("version", rules.version()), 1)), true);
        evaluations.countFiringsOf(rules);
    }
}
