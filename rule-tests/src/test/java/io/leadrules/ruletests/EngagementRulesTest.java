package io.leadrules.ruletests;

import static io.leadrules.ruletests.ActivityFixtures.AS_OF;
import static io.leadrules.ruletests.ActivityFixtures.afterAsOf;
import static io.leadrules.ruletests.ActivityFixtures.daysAgo;
import static io.leadrules.ruletests.ActivityHistory.history;
import static io.leadrules.ruletests.DefaultRules.evaluate;
import static io.leadrules.ruletests.Explanations.engagementEntry;
import static io.leadrules.ruletests.Explanations.findings;
import static io.leadrules.ruletests.Explanations.firedRule;
import static io.leadrules.ruletests.Explanations.firedRuleIds;
import static io.leadrules.ruletests.Explanations.sumOf;
import static io.leadrules.ruletests.LeadFixtures.idealPersona;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.leadrules.rules.evaluation.BreakdownEntry;
import io.leadrules.rules.evaluation.DataQualityFinding;
import io.leadrules.rules.evaluation.LeadEvaluation;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Engagement.drl and the Points table: per-type points and penalties (one rule per row), the clamped score (ENG-SCORE) whose
 * breakdown always adds up to it, unknown activity types, and activities after asOf.
 */
class EngagementRulesTest {

    @Test
    void eachTypeEarnsTheSumOfItsDecayedEventsCreditedToItsTableRow() {
        // EMAIL_OPEN: 3 x 100% + 2 x 50% = 4; PAGE_VIEW: 1 x 25% = 0.25 -> 0; EVENT_ATTENDED: 10 x 50% = 5
        LeadEvaluation evaluation = evaluate(idealPersona(), history()
                .events(3, "EMAIL_OPEN", daysAgo(2)).events(2, "EMAIL_OPEN", daysAgo(45))
                .event("PAGE_VIEW", daysAgo(120))
                .event("EVENT_ATTENDED", daysAgo(60)));

        assertThat(evaluation.engagement().breakdown())
                .extracting(BreakdownEntry::category, BreakdownEntry::ruleId, BreakdownEntry::points)
                .containsExactlyInAnyOrder(
                        tuple("EMAIL_OPEN", "ENG-EMAIL_OPEN", 4),
                        tuple("PAGE_VIEW", "ENG-PAGE_VIEW", 0),
                        tuple("EVENT_ATTENDED", "ENG-EVENT_ATTENDED", 5));
        assertThat(firedRule(evaluation, "ENG-EMAIL_OPEN").firings()).isEqualTo(1);
        assertThat(evaluation.engagement().score()).isEqualTo(9);
    }

    @Test
    void breakdownEntryDescribesItsEventsAsInTheIssue() {
        // the issue's example: one DEMO_REQUESTED at 2026-11-20T10:00Z, asOf 2026-11-22T12:00Z
        LeadEvaluation evaluation = evaluate(idealPersona(),
                history().event("DEMO_REQUESTED", Instant.parse("2026-11-20T10:00:00Z")));

        BreakdownEntry demo = engagementEntry(evaluation, "DEMO_REQUESTED").orElseThrow();
        assertThat(demo.points()).isEqualTo(40);
        assertThat(demo.detail()).isEqualTo("1 event, 2 days old");
        assertThat(demo.reason()).isNotBlank();
        assertThat(demo.source().file()).isEqualTo("EngagementPoints.drl.xlsx");
        assertThat(demo.source().sheet()).isEqualTo("Points");
    }

    @Test
    void penaltiesCountInFullAtAnyAgeAndWithoutCap() {
        // 3 unsubscribes at 200, 300 and 400 days: 3 x -20 = -60 (no decay); 5 complaints: -200 (no cap)
        LeadEvaluation evaluation = evaluate(idealPersona(), history()
                .event("UNSUBSCRIBED", daysAgo(200)).event("UNSUBSCRIBED", daysAgo(300))
                .event("UNSUBSCRIBED", daysAgo(400)).events(5, "SPAM_COMPLAINT", daysAgo(1)));

        assertThat(engagementEntry(evaluation, "UNSUBSCRIBED").orElseThrow().points()).isEqualTo(-60);
        assertThat(engagementEntry(evaluation, "SPAM_COMPLAINT").orElseThrow().points()).isEqualTo(-200);
        assertThat(firedRule(evaluation, "ENG-SPAM_COMPLAINT").points()).isEqualTo(-200);
        assertThat(firedRule(evaluation, "ENG-UNSUBSCRIBED").points()).isEqualTo(-60);
    }

    @Test
    void negativeSumIsLimitedToZeroWithALimitEntry() {
        // one bounce: -10, limited to 0 by a LIMIT entry of +10 so that the breakdown still adds up to the score
        LeadEvaluation evaluation = evaluate(idealPersona(), history().event("EMAIL_BOUNCED", daysAgo(1)));

        assertThat(evaluation.engagement().breakdown())
                .extracting(BreakdownEntry::category, BreakdownEntry::ruleId, BreakdownEntry::points)
                .containsExactlyInAnyOrder(tuple("EMAIL_BOUNCED", "ENG-EMAIL_BOUNCED", -10),
                        tuple("LIMIT", "ENG-SCORE", 10));
        assertThat(evaluation.engagement().score()).isZero();
        assertThat(sumOf(evaluation.engagement().breakdown())).isZero();
        assertThat(firedRule(evaluation, "ENG-SCORE").points()).isEqualTo(10);
    }

    @Test
    void incentiveSignalAloneIsLimitedToZero() {
        // no activity, lead magnet CONTEST: -10 -> 0 with LIMIT +10
        LeadEvaluation evaluation = evaluate(idealPersona().leadMagnet("CONTEST"));

        assertThat(evaluation.engagement().breakdown()).extracting(BreakdownEntry::category, BreakdownEntry::points)
                .containsExactlyInAnyOrder(tuple("INCENTIVE_DRIVEN", -10), tuple("LIMIT", 10));
        assertThat(evaluation.engagement().score()).isZero();
    }

    @Test
    void sumAbove100IsLimitedTo100WithALimitEntry() {
        // demo 40 + trial 40 + contact sales 40 + 2 events 20 = 140, limited to 100 by LIMIT -40
        LeadEvaluation evaluation = evaluate(idealPersona(), history()
                .event("DEMO_REQUESTED", daysAgo(1)).event("FREE_TRIAL_STARTED", daysAgo(1))
                .event("CONTACT_SALES", daysAgo(1)).events(2, "EVENT_ATTENDED", daysAgo(1)));

        assertThat(engagementEntry(evaluation, "LIMIT").orElseThrow())
                .extracting(BreakdownEntry::ruleId, BreakdownEntry::points).containsExactly("ENG-SCORE", -40);
        assertThat(evaluation.engagement().score()).isEqualTo(100);
        assertThat(sumOf(evaluation.engagement().breakdown())).isEqualTo(100);
    }

    @Test
    void sumOfExactly100NeedsNoLimit() {
        // demo 40 + trial 40 + 2 events 20 = 100
        LeadEvaluation evaluation = evaluate(idealPersona(), history()
                .event("DEMO_REQUESTED", daysAgo(1)).event("FREE_TRIAL_STARTED", daysAgo(1))
                .events(2, "EVENT_ATTENDED", daysAgo(1)));

        assertThat(engagementEntry(evaluation, "LIMIT")).isEmpty();
        assertThat(evaluation.engagement().score()).isEqualTo(100);
    }

    @Test
    void noActivityIsAnEngagementOfZeroWithAnEmptyBreakdown() {
        LeadEvaluation evaluation = evaluate(idealPersona());

        assertThat(evaluation.engagement().score()).isZero();
        assertThat(evaluation.engagement().breakdown()).isEmpty();
        assertThat(firedRuleIds(evaluation)).contains("ENG-SCORE").doesNotContain("ENG-EMAIL_OPEN", "ENG-UNSUBSCRIBED");
    }

    @Test
    void unknownActivityTypeIsAWarningOncePerTypeAndCountsZero() {
        LeadEvaluation evaluation = evaluate(idealPersona(), history()
                .event("EMAIL_OPEN", daysAgo(1))
                .event("PODCAST_LISTENED", daysAgo(1))
                .event("EMAIL_OPEN", daysAgo(1))
                .event("PODCAST_LISTENED", daysAgo(2)));

        assertThat(findings(evaluation, "UNKNOWN_ACTIVITY_TYPE"))
                .extracting(DataQualityFinding::field, DataQualityFinding::severity, DataQualityFinding::ruleId)
                .containsExactly(tuple("activities[1].type", "WARNING", "ENG-UNKNOWN_ACTIVITY_TYPE"));
        assertThat(engagementEntry(evaluation, "PODCAST_LISTENED")).isEmpty();
        assertThat(evaluation.engagement().score()).isEqualTo(2);
    }

    @Test
    void activitiesAfterAsOfCountZero() {
        LeadEvaluation evaluation = evaluate(idealPersona(), history()
                .event("DEMO_REQUESTED", afterAsOf())
                .event("SPAM_COMPLAINT", AS_OF.plusSeconds(3_600))
                .events(6, "PAGE_VIEW", afterAsOf()));

        assertThat(evaluation.engagement().breakdown()).isEmpty();
        assertThat(evaluation.engagement().score()).isZero();
        assertThat(firedRuleIds(evaluation)).doesNotContain("ENG-EMAIL_OPEN", "ENG-UNSUBSCRIBED",
                "ENG-SIGNAL-RETURNING_VISITOR");
        assertThat(findings(evaluation, "ACTIVITY_AFTER_AS_OF")).hasSize(8);
    }

    @Test
    void activityExactlyAtAsOfCountsInFull() {
        LeadEvaluation evaluation = evaluate(idealPersona(), history().event("DEMO_REQUESTED", AS_OF));

        assertThat(evaluation.engagement().score()).isEqualTo(40);
    }
}
