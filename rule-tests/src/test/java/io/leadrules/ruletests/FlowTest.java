package io.leadrules.ruletests;

import static io.leadrules.ruletests.ActivityFixtures.afterAsOf;
import static io.leadrules.ruletests.ActivityFixtures.daysAgo;
import static io.leadrules.ruletests.ActivityHistory.history;
import static io.leadrules.ruletests.DefaultRules.evaluate;
import static io.leadrules.ruletests.Explanations.actionCodes;
import static io.leadrules.ruletests.Explanations.findingCodes;
import static io.leadrules.ruletests.LeadFixtures.idealPersona;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.leadrules.rules.evaluation.BreakdownEntry;
import io.leadrules.rules.evaluation.FiredRule;
import io.leadrules.rules.evaluation.LeadEvaluation;
import io.leadrules.rules.evaluation.ScoreWeights;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Flow.drl: data quality and consent are checked for every lead; only a valid lead goes on to fit, engagement,
 * score, qualification and next action, in that order.
 */
class FlowTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"no consent", "objection to profiling"})
    void invalidLeadFiresNoScoringRulesButHasItsDataChecked(String why) {
        LeadBuilder lead = idealPersona().email("ana@gmail.com").company(null);
        LeadEvaluation evaluation = evaluate(why.equals("no consent") ? lead.withoutConsent()
                : lead.objectingToProfiling(),
                history().event("DEMO_REQUESTED", daysAgo(2)).event("PAGE_VIEW", afterAsOf()));

        assertThat(evaluation.firedRules()).extracting(FiredRule::dimension)
                .doesNotContain("FIT", "ENGAGEMENT", "SCORE", "QUALIFICATION", "NEXT_ACTION")
                .contains("DATA_QUALITY", "VALIDITY");
        assertThat(findingCodes(evaluation))
                .containsExactlyInAnyOrder("EMAIL_FREE_DOMAIN", "MISSING_COMPANY", "ACTIVITY_AFTER_AS_OF");
        assertThat(evaluation.fit().breakdown()).isEmpty();
        assertThat(evaluation.fit().grade()).isNull();
        assertThat(evaluation.engagement().breakdown()).isEmpty();
    }

    @Test
    void invalidLeadIsNotWarnedAboutActivityTypesBecauseNoActivityIsScored() {
        // UNKNOWN_ACTIVITY_TYPE says "this type earns zero points": it comes from the engagement table, which never
        // runs for an INVALID lead (no activity earns points at all). Lead-level data quality still runs.
        LeadEvaluation evaluation = evaluate(idealPersona().withoutConsent(), demoFutureViewAndUnknownType());

        assertThat(findingCodes(evaluation)).containsExactly("ACTIVITY_AFTER_AS_OF");
        assertThat(evaluate(idealPersona(), demoFutureViewAndUnknownType()).dataQuality())
                .extracting(f -> f.code()).contains("ACTIVITY_AFTER_AS_OF", "UNKNOWN_ACTIVITY_TYPE");
    }

    @Test
    void issuesRequestExampleGivesTheIssuesResponse() {
        LeadEvaluation evaluation = evaluate(LeadFixtures.marketingDirectorFromTheIssue(),
                history().event("DEMO_REQUESTED", Instant.parse("2026-11-20T10:00:00Z")));

        assertThat(evaluation.valid()).isTrue();
        // fit 24 + 12 + 15 + 12 + 15 + 7 = 85 (A); engagement 40; (85 + 40) / 2 = 62.5 -> 63
        assertThat(evaluation.fit().score()).isEqualTo(85);
        assertThat(evaluation.fit().grade()).isEqualTo("A");
        assertThat(evaluation.engagement().breakdown())
                .extracting(BreakdownEntry::category, BreakdownEntry::points, BreakdownEntry::detail)
                .containsExactly(tuple("DEMO_REQUESTED", 40, "1 event, 2 days old"));
        assertThat(evaluation.score()).isEqualTo(63);
        assertThat(evaluation.weights()).isEqualTo(new ScoreWeights(50, 50));
        assertThat(List.of(evaluation.temperature(), evaluation.stage(), evaluation.funnelStage(),
                evaluation.priority())).containsExactly("WARM", "SQL", "BOFU", "P1");
        assertThat(actionCodes(evaluation)).containsExactly("ROUTE_TO_SALES");
        assertThat(evaluation.dataQuality()).isEmpty();
        assertThat(evaluation.firedRules()).filteredOn(r -> r.ruleId().equals("FIT-ROLE-SENIOR"))
                .extracting(FiredRule::dimension, FiredRule::points).containsExactly(tuple("FIT", 24));
    }

    @Test
    void validLeadRunsEachConcernOnceInOrder() {
        LeadEvaluation evaluation = evaluate(idealPersona().email("ana@gmail.com"), demoFutureViewAndUnknownType());

        assertThat(evaluation.firedRules().get(0).ruleId()).isEqualTo("FLOW-START");
        assertThat(runsOf(evaluation)).containsExactly("FLOW", "DATA_QUALITY", "VALIDITY", "FIT", "ENGAGEMENT",
                "SCORE", "QUALIFICATION", "NEXT_ACTION");
    }

    private static ActivityHistory demoFutureViewAndUnknownType() {
        return history().event("DEMO_REQUESTED", daysAgo(2)).event("PAGE_VIEW", afterAsOf())
                .event("PODCAST_LISTENED", daysAgo(1));
    }

    /** The dimensions of the fired rules in firing order, with repeats collapsed: one run per concern. */
    private static List<String> runsOf(LeadEvaluation evaluation) {
        List<String> runs = new ArrayList<>();
        for (FiredRule rule : evaluation.firedRules()) {
            if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(rule.dimension())) {
                runs.add(rule.dimension());
            }
        }
        return runs;
    }
}
