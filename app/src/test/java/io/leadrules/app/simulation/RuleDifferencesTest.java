package io.leadrules.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.simulation.ImpactReport.RuleDifference;
import io.leadrules.rules.evaluation.EngagementResult;
import io.leadrules.rules.evaluation.FiredRule;
import io.leadrules.rules.evaluation.FitResult;
import io.leadrules.rules.evaluation.LeadEvaluation;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleDifferencesTest {

    @Test
    void rulesThatFiredInOneVersionOnlyOrWithOtherPointsLargestChangeFirst() {
        LeadEvaluation before = firing(rule("FIT-ROLE-SENIOR", 24), rule("STAGE-LEAD", 0), rule("ENG-DEMO", 20),
                rule("FIT-SIZE-LARGE", 12));
        LeadEvaluation after = firing(rule("FIT-ROLE-SENIOR", 24), rule("STAGE-MQL-SCORE", 0), rule("ENG-DEMO", 30),
                rule("FIT-SIZE-ENTERPRISE", 15));

        assertThat(RuleDifferences.between(before, after)).containsExactly(
                new RuleDifference("FIT-SIZE-ENTERPRISE", null, 15),
                new RuleDifference("FIT-SIZE-LARGE", 12, null),
                new RuleDifference("ENG-DEMO", 20, 30),
                new RuleDifference("STAGE-LEAD", 0, null),
                new RuleDifference("STAGE-MQL-SCORE", null, 0));
    }

    @Test
    void aRuleIdWrittenTwiceAddsUpItsPoints() {
        LeadEvaluation before = firing(rule("ENG-PAGE", 3), rule("ENG-PAGE", 4));
        LeadEvaluation after = firing(rule("ENG-PAGE", 7));

        assertThat(RuleDifferences.between(before, after)).isEmpty();
    }

    @Test
    void theSameRulesWithTheSamePointsMakeNoDifference() {
        LeadEvaluation evaluation = firing(rule("FIT-ROLE-SENIOR", 24), rule("STAGE-SQL", 0));

        assertThat(RuleDifferences.between(evaluation, evaluation)).isEmpty();
    }

    static LeadEvaluation firing(FiredRule... rules) {
        return new LeadEvaluation("1", Instant.parse("2026-11-22T12:00:00Z"), true, 50, null,
                new FitResult(50, "B", List.of()), new EngagementResult(50, List.of()), "WARM", "MQL", "TOFU", "P3",
                List.of(), List.of(), Arrays.asList(rules));
    }

    static FiredRule rule(String ruleId, int points) {
        return new FiredRule(ruleId, ruleId + " a rule", "FIT", points, "a reason", null, 1);
    }
}
