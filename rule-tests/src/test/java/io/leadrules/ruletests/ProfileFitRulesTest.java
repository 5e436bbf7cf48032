package io.leadrules.ruletests;

import static io.leadrules.ruletests.DefaultRules.evaluate;
import static io.leadrules.ruletests.Explanations.firedRule;
import static io.leadrules.ruletests.Explanations.firedRuleIds;
import static io.leadrules.ruletests.LeadFixtures.contactOnly;
import static io.leadrules.ruletests.LeadFixtures.marketingDirectorFromTheIssue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.leadrules.rules.evaluation.BreakdownEntry;
import io.leadrules.rules.evaluation.DataQualityFinding;
import io.leadrules.rules.evaluation.LeadEvaluation;
import org.junit.jupiter.api.Test;

/** ProfileFit.drl: one row counts per category (FIT-BEST), unmatched categories (the rule of their Weights row), the sum (FIT-SCORE). */
class ProfileFitRulesTest {

    @Test
    void bestRowOfEachCategoryCountsAndTheFitScoreIsTheirSum() {
        // the issue's example: 24 + 12 + 15 + 12 + 15 + 7 = 85, grade A
        LeadEvaluation evaluation = evaluate(marketingDirectorFromTheIssue());

        assertThat(evaluation.fit().breakdown())
                .extracting(BreakdownEntry::category, BreakdownEntry::ruleId, BreakdownEntry::points)
                .containsExactlyInAnyOrder(
                        tuple("ROLE", "FIT-ROLE-SENIOR", 24),
                        tuple("COMPANY_SIZE", "FIT-SIZE-LARGE", 12),
                        tuple("INDUSTRY", "FIT-INDUSTRY-CORE", 15),
                        tuple("REVENUE", "FIT-REVENUE-10M", 12),
                        tuple("NEED", "FIT-NEED-SPECIFIC", 15),
                        tuple("SOURCE", "FIT-SOURCE-INBOUND", 7));
        assertThat(evaluation.fit().score()).isEqualTo(85);
        assertThat(evaluation.fit().grade()).isEqualTo("A");
        assertThat(firedRule(evaluation, "FIT-BEST").firings()).isEqualTo(6);
        assertThat(firedRuleIds(evaluation)).contains("FIT-SCORE").doesNotContain("FIT-WEIGHT-ROLE", "FIT-WEIGHT-SOURCE");
    }

    @Test
    void bestRowIsCreditedWithThePointsAndTheLowerMatchWithNone() {
        // SOFTWARE matches the CORE row (100%) and the "*" row (10%): only CORE earns its 15
        LeadEvaluation evaluation = evaluate(marketingDirectorFromTheIssue());

        assertThat(firedRule(evaluation, "FIT-INDUSTRY-CORE").points()).isEqualTo(15);
        assertThat(firedRule(evaluation, "FIT-INDUSTRY-OTHER").points()).isZero();
        assertThat(evaluation.fit().breakdown()).filteredOn(e -> e.category().equals("INDUSTRY")).hasSize(1);
    }

    @Test
    void breakdownEntriesExplainThemselves() {
        LeadEvaluation evaluation = evaluate(marketingDirectorFromTheIssue());

        assertThat(evaluation.fit().breakdown()).allSatisfy(entry -> {
            assertThat(entry.reason()).isNotBlank();
            assertThat(entry.source().file()).isEqualTo("ProfileFit.drl.xlsx");
            assertThat(entry.source().cell()).isNotBlank();
        });
    }

    @Test
    void leadWithoutProfileEarnsNothingAndHasAnUnknownFindingPerCategory() {
        LeadEvaluation evaluation = evaluate(contactOnly());

        assertThat(evaluation.fit().breakdown())
                .extracting(BreakdownEntry::category, BreakdownEntry::ruleId, BreakdownEntry::points)
                .containsExactlyInAnyOrder(
                        tuple("ROLE", "FIT-WEIGHT-ROLE", 0), tuple("COMPANY_SIZE", "FIT-WEIGHT-COMPANY_SIZE", 0),
                        tuple("INDUSTRY", "FIT-WEIGHT-INDUSTRY", 0), tuple("REVENUE", "FIT-WEIGHT-REVENUE", 0),
                        tuple("NEED", "FIT-WEIGHT-NEED", 0), tuple("SOURCE", "FIT-WEIGHT-SOURCE", 0));
        assertThat(evaluation.dataQuality())
                .extracting(DataQualityFinding::code, DataQualityFinding::field, DataQualityFinding::severity,
                        DataQualityFinding::ruleId)
                .containsExactlyInAnyOrder(
                        tuple("UNKNOWN_ROLE", "lead.jobTitle", "INFO", "FIT-WEIGHT-ROLE"),
                        tuple("UNKNOWN_COMPANY_SIZE", "lead.companySize", "INFO", "FIT-WEIGHT-COMPANY_SIZE"),
                        tuple("UNKNOWN_INDUSTRY", "lead.industry", "INFO", "FIT-WEIGHT-INDUSTRY"),
                        tuple("UNKNOWN_REVENUE", "lead.annualRevenue", "INFO", "FIT-WEIGHT-REVENUE"),
                        tuple("UNKNOWN_NEED", "lead.productInterest", "INFO", "FIT-WEIGHT-NEED"),
                        tuple("UNKNOWN_SOURCE", "lead.source", "INFO", "FIT-WEIGHT-SOURCE"));
        assertThat(firedRule(evaluation, "FIT-WEIGHT-ROLE").firings()).isEqualTo(1);
        assertThat(firedRuleIds(evaluation)).doesNotContain("FIT-BEST");
        assertThat(evaluation.fit().score()).isZero();
        assertThat(evaluation.fit().grade()).isEqualTo("D");
    }

    @Test
    void givenValueThatNoRowMatchesIsUnknownToo() {
        LeadEvaluation evaluation = evaluate(marketingDirectorFromTheIssue().jobTitle("Astronaut"));

        assertThat(evaluation.dataQuality()).extracting(DataQualityFinding::code).containsExactly("UNKNOWN_ROLE");
        // 85 without the role's 24
        assertThat(evaluation.fit().score()).isEqualTo(61);
    }

    @Test
    void rowMatchingAtZeroPercentIsAMatchNotAnUnknown() {
        // Student matches FIT-ROLE-STUDENT at 0%: 0 points, but the role is known
        LeadEvaluation evaluation = evaluate(marketingDirectorFromTheIssue().jobTitle("Student"));

        assertThat(evaluation.fit().breakdown()).extracting(BreakdownEntry::category, BreakdownEntry::ruleId,
                BreakdownEntry::points).contains(tuple("ROLE", "FIT-ROLE-STUDENT", 0));
        assertThat(evaluation.dataQuality()).isEmpty();
        assertThat(evaluation.fit().score()).isEqualTo(61);
    }

    @Test
    void fitScoreIsTheSumOfTheCategoryPointsWithHalfUpRoundingPerCategory() {
        // Analyst 9 + 10 employees 5 (4.5) + HEALTHCARE 11 (10.5) + 1,000,000 8 (7.5) + ANY 8 (7.5) + OUTBOUND 3
        // = 44: each category rounds on its own (the unrounded sum would be 42.5)
        LeadEvaluation evaluation = evaluate(contactOnly().jobTitle("Analyst").companySize(10)
                .industry("HEALTHCARE").annualRevenue("1000000").productInterest("ANY").source("OUTBOUND"));

        assertThat(evaluation.fit().breakdown()).extracting(BreakdownEntry::points)
                .containsExactlyInAnyOrder(9, 5, 11, 8, 8, 3);
        assertThat(evaluation.fit().score()).isEqualTo(44);
        assertThat(evaluation.fit().grade()).isEqualTo("C");
        assertThat(firedRuleIds(evaluation)).contains("FIT-SCORE");
    }
}
