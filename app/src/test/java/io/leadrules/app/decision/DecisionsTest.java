package io.leadrules.app.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.RuleFile;
import io.leadrules.rules.engine.RuleSetCompiler;
import io.leadrules.rules.engine.RunawayEvaluationException;
import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.vocabulary.Lead;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one evaluation entry point stops a runaway rule at the configured cap, whatever rule set the caller picks. */
class DecisionsTest {

    private static final Instant AS_OF = Instant.parse("2026-11-22T12:00:00Z");
    private static final String LOOP = """
            package leadrules.fit;
            import io.leadrules.rules.vocabulary.*;

            rule "FIT-LOOP Inserts a new match for every match"
            when
                $m : FitMatch()
            then
                insert(new FitMatch("ROLE", $m.match() + 1, drools.getRule().getName()));
            end

            rule "FIT-SEED Starts the loop"
            when
                Lead()
            then
                insert(new FitMatch("ROLE", 0, drools.getRule().getName()));
            end
            """;

    @Test
    void anEvaluationStopsAtTheConfiguredFiringCapAndIsTimedAsFailed() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Decisions decisions = new Decisions(null, new EvaluationSettings(300), new EvaluationMetrics(registry),
                Clock.systemUTC());

        try (CompiledRuleSet loop = new RuleSetCompiler().compile("t", List.of(
                new RuleFile("Loop.drl", LOOP.getBytes(StandardCharsets.UTF_8))))) {
            assertThatThrownBy(() -> decisions.evaluate(input(), loop))
                    .isInstanceOf(RunawayEvaluationException.class)
                    .hasMessageContaining("after 300 rule firings")
                    .satisfies(e -> assertThat(((RunawayEvaluationException) e).ruleId()).isEqualTo("FIT-LOOP"));
        }
        assertThat(registry.get(EvaluationMetrics.EVALUATIONS).tag("outcome", "failed").tag("version", "t").timer()
                .count()).isEqualTo(1);
    }

    private static EvaluationInput input() {
        return new EvaluationInput(new Lead(null, "Ana", "Garcia", "ana@acme.com", null, "Acme", "Director", null,
                null, null, null, null, null, null, null), List.of(), AS_OF);
    }
}
