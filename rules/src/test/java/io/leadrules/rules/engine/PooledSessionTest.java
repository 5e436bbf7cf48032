package io.leadrules.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadrules.rules.defaults.DefaultRuleSet;
import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.evaluation.LeadEvaluation;
import io.leadrules.rules.vocabulary.Activity;
import io.leadrules.rules.vocabulary.Consent;
import io.leadrules.rules.vocabulary.Lead;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;

/**
 * Evaluations reuse Drools working memories from a pool of one per processor (taken and returned in turn). Nothing of
 * one evaluation may reach the next: every lead evaluated after others must come out exactly as on its own.
 */
class PooledSessionTest {

    private static final Instant AS_OF = Instant.parse("2026-11-22T12:00:00Z");
    private static final int EVERY_POOLED_MEMORY = Runtime.getRuntime().availableProcessors() + 1;

    private static CompiledRuleSet rules;

    @BeforeAll
    static void compile() {
        rules = new RuleSetCompiler().compile("1", DefaultRuleSet.files());
    }

    @AfterAll
    static void release() {
        rules.close();
    }

    @Test
    void aLeadEvaluatedAfterAnEngagedOneKeepsNoneOfItsFactsOrResults() {
        LeadEvaluation alone = rules.evaluate(quietStudent());

        IntStream.range(0, EVERY_POOLED_MEMORY).forEach(i -> rules.evaluate(engagedDirector()));

        assertThat(rules.evaluate(quietStudent())).isEqualTo(alone);
        assertThat(alone.engagement().score()).isZero();
    }

    @Test
    void anEvaluationStoppedHalfwayLeavesNothingOnTheAgendaForTheNext() {
        LeadEvaluation alone = rules.evaluate(engagedDirector());

        IntStream.range(0, EVERY_POOLED_MEMORY).forEach(i -> assertThatThrownBy(
                () -> rules.evaluate(engagedDirector(), 3)).isInstanceOf(RunawayEvaluationException.class));

        IntStream.range(0, EVERY_POOLED_MEMORY).forEach(i ->
                assertThat(rules.evaluate(engagedDirector())).isEqualTo(alone));
    }

    /**
     * An evaluation hears its own firings through listeners on the borrowed memory. If they stayed when it is given back,
     * every later evaluation would feed every earlier journal too: results all correct, and a memory that grows and
     * slows with every lead. Every memory of the pool must come back without a listener.
     */
    @Test
    void aMemoryComesBackToThePoolWithoutTheListenersOfItsLastEvaluation() {
        IntStream.range(0, 2 * EVERY_POOLED_MEMORY).forEach(i -> rules.evaluate(engagedDirector()));
        IntStream.range(0, 2).forEach(i -> assertThatThrownBy(() -> rules.evaluate(engagedDirector(), 3))
                .isInstanceOf(RunawayEvaluationException.class));

        List<KieSession> borrowed = IntStream.range(0, EVERY_POOLED_MEMORY)
                .mapToObj(i -> rules.sessions().newKieSession()).toList();
        try {
            assertThat(borrowed).allSatisfy(session -> {
                assertThat(session.getAgendaEventListeners()).isEmpty();
                assertThat(session.getRuleRuntimeEventListeners()).isEmpty();
                assertThat(session.getFactCount()).isZero();
            });
        } finally {
            borrowed.forEach(KieSession::dispose);
        }
    }

    /**
     * Attack: more threads than pooled memories (a backtest's page on every core while requests score), each mixing
     * engaged leads, quiet ones and evaluations the firing cap stops halfway. A memory handed to two threads at once,
     * or returned dirty, would show as a result that differs from the lead's result alone.
     */
    @Test
    void manyMoreThreadsThanPooledMemoriesNeverShareOrDirtyOne() throws Exception {
        LeadEvaluation director = rules.evaluate(engagedDirector());
        LeadEvaluation student = rules.evaluate(quietStudent());
        int threads = 4 * EVERY_POOLED_MEMORY;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> mismatches = IntStream.range(0, threads)
                    .mapToObj(t -> pool.submit(() -> mismatches(t, director, student))).toList();
            for (Future<Integer> thread : mismatches) {
                assertThat(thread.get(2, TimeUnit.MINUTES)).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int mismatches(int thread, LeadEvaluation director, LeadEvaluation student) {
        int wrong = 0;
        for (int i = 0; i < 60; i++) {
            switch ((thread + i) % 3) {
                case 0 -> wrong += rules.evaluate(engagedDirector()).equals(director) ? 0 : 1;
                case 1 -> wrong += rules.evaluate(quietStudent()).equals(student) ? 0 : 1;
                default -> wrong += stoppedHalfway() ? 0 : 1;
            }
        }
        return wrong;
    }

    private static boolean stoppedHalfway() {
        try {
            rules.evaluate(engagedDirector(), 3);
            return false;
        } catch (RunawayEvaluationException expected) {
            return true;
        }
    }

    private static EvaluationInput engagedDirector() {
        Lead lead = new Lead("crm-42", "Ana", "Garcia", "ana@acme-soft.com", "+34 612 345 678", "Acme Soft",
                "Marketing Director", "SOFTWARE", 250, new BigDecimal("12000000"), "ES", "ORGANIC_SEARCH", "EBOOK",
                "crm-suite", new Consent(true, false, "2026-01", null));
        List<Activity> activities = List.of(
                new Activity("a1", "DEMO_REQUESTED", AS_OF.minusSeconds(86_400), null),
                new Activity("a2", "PRICING_PAGE_VIEW", AS_OF.minusSeconds(2 * 86_400), null),
                new Activity("a3", "EMAIL_CLICK", AS_OF.minusSeconds(3 * 86_400), null));
        return new EvaluationInput(lead, activities, AS_OF);
    }

    private static EvaluationInput quietStudent() {
        Lead lead = new Lead("crm-7", "Bo", "Lund", "bo@uni.example.edu", null, null, "Student", "EDUCATION", 1,
                null, "SE", "REFERRAL", null, null, new Consent(true, false, "2026-01", null));
        return new EvaluationInput(lead, List.of(), AS_OF);
    }
}
