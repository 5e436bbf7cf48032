package io.leadrules.app.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.RuleFile;
import io.leadrules.rules.engine.RuleSetCompiler;
import io.leadrules.rules.evaluation.FiredRule;
import io.leadrules.rules.evaluation.LeadEvaluation;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Evaluations are timed by outcome and version, and rule firings counted for the rules of the active version only, so
 * the number of firing series is bounded by one rule set whatever else is evaluated (drafts, past versions).
 */
class EvaluationMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final EvaluationMetrics metrics = new EvaluationMetrics(registry);
    private final CompiledRuleSet seven = compile("7", "FIT-A", "FIT-B");
    private final CompiledRuleSet eight = compile("8", "FIT-A");

    @AfterEach
    void release() {
        seven.close();
        eight.close();
    }

    @Test
    void firingsOfTheActiveVersionsRulesAreCountedAndNoOthers() {
        metrics.countFiringsOf(seven);

        metrics.timed(seven, () -> evaluation("7", true, fired("FIT-A", 2), fired("FIT-B", 1), fired("FIT-X", 1)));
        metrics.timed(eight, () -> evaluation("8", true, fired("FIT-A", 5)));

        assertThat(firings("FIT-A")).isEqualTo(2);
        assertThat(firings("FIT-B")).isEqualTo(1);
        assertThat(registry.find(EvaluationMetrics.FIRINGS).tag("rule", "FIT-X").counter()).isNull();
        assertThat(evaluations("scored", "7")).isEqualTo(1);
        assertThat(evaluations("scored", "8")).isEqualTo(1);
    }

    @Test
    void anInvalidLeadIsTimedAsInvalid() {
        metrics.timed(seven, () -> evaluation("7", false));

        assertThat(evaluations("invalid", "7")).isEqualTo(1);
        assertThat(registry.find(EvaluationMetrics.EVALUATIONS).tag("outcome", "scored").timer()).isNull();
    }

    @Test
    void aNewActiveVersionDropsTheCountersOfRulesItNoLongerHasAndKeepsTheOthers() {
        metrics.countFiringsOf(seven);
        metrics.timed(seven, () -> evaluation("7", true, fired("FIT-A", 2), fired("FIT-B", 1)));

        metrics.countFiringsOf(eight);
        metrics.timed(seven, () -> evaluation("7", true, fired("FIT-A", 2), fired("FIT-B", 1)));
        metrics.timed(eight, () -> evaluation("8", true, fired("FIT-A", 1)));

        assertThat(registry.find(EvaluationMetrics.FIRINGS).tag("rule", "FIT-B").counter()).isNull();
        assertThat(firings("FIT-A")).isEqualTo(3);
    }

    private double firings(String rule) {
        return registry.get(EvaluationMetrics.FIRINGS).tag("rule", rule).counter().count();
    }

    private long evaluations(String outcome, String version) {
        return registry.get(EvaluationMetrics.EVALUATIONS).tag("outcome", outcome).tag("version", version).timer()
                .count();
    }

    private static LeadEvaluation evaluation(String version, boolean valid, FiredRule... fired) {
        return new LeadEvaluation(version, null, valid, valid ? 10 : null, null, null, null, null, null, null, null,
                List.of(), List.of(), Arrays.asList(fired));
    }

    private static FiredRule fired(String ruleId, int times) {
        return new FiredRule(ruleId, ruleId + " A rule", "FIT", 0, "because", null, times);
    }

    private static CompiledRuleSet compile(String version, String... ruleIds) {
        StringBuilder drl = new StringBuilder("package leadrules.fit;\nimport io.leadrules.rules.vocabulary.*;\n");
        for (String id : ruleIds) {
            drl.append("rule \"").append(id).append(" A rule\"\nwhen\n    Lead()\nthen\nend\n");
        }
        return new RuleSetCompiler().compile(version, List.of(new RuleFile("Rules.drl",
                drl.toString().getBytes(StandardCharsets.UTF_8))));
    }
}
