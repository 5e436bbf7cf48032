package io.leadrules.app.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import io.leadrules.app.decision.EvaluationMetrics;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.RuleFile;
import io.leadrules.rules.engine.RuleSetCompiler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The active version is one gauge series, value 1, moved at each activation; firings follow it. */
class ActiveRuleSetMetricsTest {

    private static final String DRL = """
            package leadrules.fit;
            import io.leadrules.rules.vocabulary.*;

            rule "FIT-ONE The only rule"
            when
                Lead()
            then
            end
            """;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final EvaluationMetrics evaluations = mock(EvaluationMetrics.class);

    @Test
    void theGaugeShowsOnlyTheVersionActiveNowAndFiringsAreCountedForIt() {
        CompiledRuleSet first = compile("1");
        CompiledRuleSet second = compile("2");
        try (ActiveRuleSet active = new ActiveRuleSet(new RuleSetHandle(first))) {
            ActiveRuleSetMetrics metrics = new ActiveRuleSetMetrics(active, evaluations, registry);
            assertThat(versionsShown()).containsExactly("1");

            metrics.activated(second);

            assertThat(versionsShown()).containsExactly("2");
            assertThat(registry.get(ActiveRuleSetMetrics.ACTIVE).tag("version", "2").gauge().value()).isEqualTo(1);
            verify(evaluations).countFiringsOf(first);
            verify(evaluations).countFiringsOf(second);
        } finally {
            second.close();
        }
    }

    private List<String> versionsShown() {
        return registry.find(ActiveRuleSetMetrics.ACTIVE).gauges().stream()
                .map(gauge -> gauge.getId().getTag("version")).toList();
    }

    private static CompiledRuleSet compile(String version) {
        return new RuleSetCompiler().compile(version, List.of(
                new RuleFile("One.drl", DRL.getBytes(StandardCharsets.UTF_8))));
    }
}
