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
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
