package io.leadrules.app.decision;

import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.RuleInfo;
import io.leadrules.rules.evaluation.FiredRule;
import io.leadrules.rules.evaluation.LeadEvaluation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What evaluations cost and decide, for {@code /actuator/prometheus}: every evaluation is timed
 * ({@value #EVALUATIONS}, tags {@code outcome} = scored, invalid or failed, and {@code version}), and the rules that
 * fired in an evaluation by the active version are counted ({@value #FIRINGS}, tag {@code rule}). Firings of other
 * versions (a draft simulated, a past version replayed) are not counted: one series per rule of the active version
 * keeps the number of series bounded by the rule set, not by the history of uploads.
 */
@Component
public class EvaluationMetrics {

    static final String EVALUATIONS = "leadrules.evaluations";
    static final String FIRINGS = "leadrules.rule.firings";

    private final MeterRegistry registry;
    private final Map<TimerKey, Timer> timers = new ConcurrentHashMap<>();
    private final Map<String, Counter> firings = new ConcurrentHashMap<>();
    private volatile Counted counted = new Counted(null, Set.of());

    EvaluationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Runs the evaluation by {@code rules}, timing it; an evaluation that throws is timed as {@code failed}. */
    public LeadEvaluation timed(CompiledRuleSet rules, Supplier<LeadEvaluation> evaluation) {
        long start = System.nanoTime();
        String outcome = "failed";
        try {
            LeadEvaluation done = evaluation.get();
            outcome = done.valid() ? "scored" : "invalid";
            countFirings(done);
            return done;
        } finally {
            timer(outcome, rules.version()).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    /**
     * From now on, the firings of {@code active}'s rules are counted: called when a version becomes active. The
     * counters of rules it no longer has are removed; those of rules it keeps go on counting.
     */
    public synchronized void countFiringsOf(CompiledRuleSet active) {
        Set<String> ruleIds = active.catalog().rules().stream().map(RuleInfo::ruleId).collect(Collectors.toSet());
        counted = new Counted(active.version(), ruleIds);
        firings.entrySet().removeIf(entry -> {
            boolean gone = !ruleIds.contains(entry.getKey());
            if (gone) {
                registry.remove(entry.getValue());
            }
            return gone;
        });
    }

    private void countFirings(LeadEvaluation evaluation) {
        Counted now = counted;
        if (now.version() == null || !now.version().equals(evaluation.rulesetVersion())) {
            return;
        }
        for (FiredRule fired : evaluation.firedRules()) {
            if (now.ruleIds().contains(fired.ruleId())) {
                firings.computeIfAbsent(fired.ruleId(), this::firingCounter).increment(fired.firings());
            }
        }
    }

    private Counter firingCounter(String ruleId) {
        return Counter.builder(FIRINGS).description("Times a rule of the active rule version fired")
                .tag("rule", ruleId).register(registry);
    }

    private Timer timer(String outcome, String version) {
        return timers.computeIfAbsent(new TimerKey(outcome, version), key -> Timer.builder(EVALUATIONS)
                .description("Evaluations of a lead by a rule version, and how long each took")
                .tag("outcome", key.outcome()).tag("version", key.version()).register(registry));
    }

    private record TimerKey(String outcome, String version) {
    }

    /** The version whose firings are counted, and the ids of its rules (a set: looked up on every firing). */
    private record Counted(String version, Set<String> ruleIds) {
    }
}
