package io.leadrules.ruletests.bench;

import io.leadrules.rules.defaults.DefaultRuleSet;
import io.leadrules.rules.engine.BareEvaluation;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.RuleSetCompiler;
import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.evaluation.LeadEvaluation;
import io.leadrules.rules.vocabulary.Activity;
import io.leadrules.rules.vocabulary.Consent;
import io.leadrules.rules.vocabulary.Lead;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long one evaluation of one lead takes with the shipped rule set, by number of activities, beside the floor:
 * Drools alone with a rule base of the same size ({@link DroolsFloor}), the same facts, a stateless session and no
 * listeners; and between them the shipped rules alone ({@link BareEvaluation}: no journal, no explanation).
 * Single-thread latency (sample time: median, p99), two-thread throughput; {@code -prof gc} adds the
 * allocation per evaluation ({@code gc.alloc.rate.norm}). The warm-up is long because the first seconds mostly
 * measure the JIT. Run with {@code ./mvnw -pl rule-tests -am -Pbench -DskipTests verify}; results go in
 * docs/performance.md.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class EvaluationBenchmark {

    private static final Instant AS_OF = Instant.parse("2026-11-22T12:00:00Z");
    private static final String[] TYPES = {"EMAIL_OPEN", "EMAIL_CLICK", "PAGE_VIEW", "PRICING_PAGE_VIEW",
        "CONTENT_DOWNLOAD", "FORM_SUBMITTED", "WEBINAR_ATTENDED", "DEMO_REQUESTED", "UNSUBSCRIBED"};

    @Param({"0", "5", "50", "5000"})
    public int activities;

    private CompiledRuleSet rules;
    private EvaluationInput input;
    private DroolsFloor floor;
    private BareEvaluation bare;

    @Setup(Level.Trial)
    public void compile() {
        rules = new RuleSetCompiler().compile("1", DefaultRuleSet.files());
        input = new EvaluationInput(lead(), activities(activities), AS_OF);
        int firingsWithoutActivities = firings(rules.evaluate(new EvaluationInput(lead(), List.of(), AS_OF)));
        bare = new BareEvaluation(rules);
        floor = new DroolsFloor(rules.catalog().rules().size(), firingsWithoutActivities, TYPES);
        System.out.printf("%n[bench] %d rules; the shipped set fires %d times for this lead, the floor %d%n",
                rules.catalog().rules().size(), firings(rules.evaluate(input)), floor.firings(input));
    }

    @TearDown(Level.Trial)
    public void release() {
        bare.close();
        rules.close();
        floor.close();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public LeadEvaluation evaluate() {
        return rules.evaluate(input);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public int droolsFloor() {
        return floor.evaluate(input);
    }

    /** The shipped rules alone: the same facts and session, without the journal and the explanation. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public int shippedRulesAlone() {
        return bare.evaluate(input);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public LeadEvaluation evaluateTwoThreads() {
        return rules.evaluate(input);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public int droolsFloorTwoThreads() {
        return floor.evaluate(input);
    }

    private static int firings(LeadEvaluation evaluation) {
        return evaluation.firedRules().stream().filter(r -> !"MAPPING".equals(r.dimension()))
                .mapToInt(r -> r.firings()).sum();
    }

    private static Lead lead() {
        return new Lead("crm-42", "Ana", "Garcia", "ana@acme-soft.com", "+34 612 345 678", "Acme Soft",
                "Marketing Director", "SOFTWARE", 250, new BigDecimal("12000000"), "ES", "ORGANIC_SEARCH", "EBOOK",
                "crm-suite", new Consent(true, false, "2026-01", null));
    }

    private static List<Activity> activities(int count) {
        Random random = new Random(42);
        List<Activity> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant at = AS_OF.minus(Duration.ofMinutes(random.nextInt(400 * 24 * 60)));
            list.add(new Activity("e" + i, TYPES[random.nextInt(TYPES.length)], at, null));
        }
        return list;
    }
}
