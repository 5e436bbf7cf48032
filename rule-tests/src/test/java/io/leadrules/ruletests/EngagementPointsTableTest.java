package io.leadrules.ruletests;

import static io.leadrules.ruletests.ActivityFixtures.AS_OF;
import static io.leadrules.ruletests.ActivityFixtures.afterAsOf;
import static io.leadrules.ruletests.ActivityFixtures.almostDaysAgo;
import static io.leadrules.ruletests.ActivityFixtures.daysAgo;
import static io.leadrules.ruletests.ActivityHistory.history;
import static io.leadrules.ruletests.DefaultRules.evaluate;
import static io.leadrules.ruletests.Explanations.engagementEntry;
import static io.leadrules.ruletests.Explanations.engagementPoints;
import static io.leadrules.ruletests.Explanations.firedRule;
import static io.leadrules.ruletests.Explanations.firedRuleIds;
import static io.leadrules.ruletests.Explanations.pointsByFiredRule;
import static io.leadrules.ruletests.LeadFixtures.idealPersona;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.rules.evaluation.BreakdownEntry;
import io.leadrules.rules.evaluation.LeadEvaluation;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * EngagementPoints.drl.xlsx, one nested class per sheet: points and caps per activity type, decay by age, and the
 * motivation signals. Activities of one test happen on the same UTC day unless the test is about days, so the
 * PLANNED_INTEREST signal stays out of the way.
 */
class EngagementPointsTableTest {

    @Nested
    class Points {

        @ParameterizedTest(name = "one {0} -> {1}")
        @CsvSource({
                "EMAIL_OPEN, 1", "EMAIL_CLICK, 2", "PAGE_VIEW, 1", "PRICING_PAGE_VIEW, 5", "CONTENT_DOWNLOAD, 2",
                "FORM_SUBMITTED, 5", "WEBINAR_REGISTERED, 3", "WEBINAR_ATTENDED, 8", "EVENT_ATTENDED, 10",
                "SOCIAL_INTERACTION, 1", "DEMO_REQUESTED, 40", "FREE_TRIAL_STARTED, 40", "CONTACT_SALES, 40"})
        void freshEventEarnsTheTypesPoints(String type, int points) {
            LeadEvaluation evaluation = evaluate(idealPersona(), history().event(type, daysAgo(2)));

            assertEntry(evaluation, type, "ENG-" + type, points);
            assertThat(pointsByFiredRule(evaluation)).containsEntry("ENG-" + type, points);
            assertThat(evaluation.engagement().score()).isEqualTo(points);
        }

        @Test
        void theRuleSetKnowsEveryTypeOfThePointsTableInTableOrder() {
            assertThat(DefaultRules.compiled().activityTypes()).containsExactly("EMAIL_OPEN", "EMAIL_CLICK",
                    "PAGE_VIEW", "PRICING_PAGE_VIEW", "CONTENT_DOWNLOAD", "FORM_SUBMITTED", "WEBINAR_REGISTERED",
                    "WEBINAR_ATTENDED", "EVENT_ATTENDED", "SOCIAL_INTERACTION", "DEMO_REQUESTED",
                    "FREE_TRIAL_STARTED", "CONTACT_SALES", "UNSUBSCRIBED", "EMAIL_BOUNCED", "SPAM_COMPLAINT");
        }

        @ParameterizedTest(name = "{1} x {0} -> capped at {2}")
        @CsvSource({
                "EMAIL_OPEN,         6, 5",   //  6 x 1 =  6
                "EMAIL_CLICK,        6, 10",  //  6 x 2 = 12
                "PAGE_VIEW,          11, 10", // 11 x 1 = 11
                "PRICING_PAGE_VIEW,  4, 15",  //  4 x 5 = 20
                "CONTENT_DOWNLOAD,   6, 10",  //  6 x 2 = 12
                "FORM_SUBMITTED,     4, 15",  //  4 x 5 = 20
                "WEBINAR_REGISTERED, 3, 6",   //  3 x 3 =  9
                "WEBINAR_ATTENDED,   3, 16",  //  3 x 8 = 24
                "EVENT_ATTENDED,     3, 20",  //  3 x 10 = 30
                "SOCIAL_INTERACTION, 6, 5",   //  6 x 1 =  6
                "DEMO_REQUESTED,     2, 40",  //  2 x 40 = 80
                "FREE_TRIAL_STARTED, 2, 40",
                "CONTACT_SALES,      2, 40"})
        void eventsOfATypeEarnAtMostItsCap(String type, int events, int cap) {
            LeadEvaluation evaluation = evaluate(idealPersona(), history().events(events, type, daysAgo(1)));

            assertEntry(evaluation, type, "ENG-" + type, cap);
            assertThat(engagementEntry(evaluation, type).orElseThrow().detail()).contains("capped");
        }

        @Test
        void eventsReachingTheCapExactlyAreNotCapped() {
            LeadEvaluation evaluation = evaluate(idealPersona(), history().events(5, "EMAIL_OPEN", daysAgo(1)));

            assertEntry(evaluation, "EMAIL_OPEN", "ENG-EMAIL_OPEN", 5);
            assertThat(engagementEntry(evaluation, "EMAIL_OPEN").orElseThrow().detail()).doesNotContain("capped");
        }

        @Test
        void capAppliesToThePointsAfterDecay() {
            // 8 opens at 40 days: 8 x 1 x 50% = 4, under the cap of 5; 12 opens: 6, capped to 5
            assertThat(engagementPoints(evaluate(idealPersona(),
                    history().events(8, "EMAIL_OPEN", daysAgo(40))), "EMAIL_OPEN")).isEqualTo(4);
            assertThat(engagementPoints(evaluate(idealPersona(),
                    history().events(12, "EMAIL_OPEN", daysAgo(40))), "EMAIL_OPEN")).isEqualTo(5);
        }

        @ParameterizedTest(name = "{0} -> {1} per event")
        @CsvSource({"UNSUBSCRIBED, -20", "EMAIL_BOUNCED, -10", "SPAM_COMPLAINT, -40"})
        void negativeTypeTakesPointsAway(String type, int points) {
            // with a demo request (40) so that the sum stays above 0
            LeadEvaluation evaluation = evaluate(idealPersona(),
                    history().event("DEMO_REQUESTED", daysAgo(1)).event(type, daysAgo(1)));

            assertEntry(evaluation, type, "ENG-" + type, points);
            assertThat(pointsByFiredRule(evaluation)).containsEntry("ENG-" + type, points);
            assertThat(evaluation.engagement().score()).isEqualTo(40 + points);
        }

        @Test
        void eachTypeRowFiresOncePerTypeNotPerEvent() {
            LeadEvaluation evaluation = evaluate(idealPersona(), history().events(4, "EMAIL_OPEN", daysAgo(1)));

            assertThat(firedRule(evaluation, "ENG-EMAIL_OPEN").firings()).isEqualTo(1);
        }
    }

    @Nested
    class Decay {

        // a demo request earns 40 before decay: 100% -> 40, 50% -> 20, 25% -> 10, 0% -> 0
        @ParameterizedTest(name = "{0} days old -> {1} ({2} points)")
        @CsvSource({
                "0,   ENG-DECAY-FRESH,  40",
                "30,  ENG-DECAY-FRESH,  40",
                "31,  ENG-DECAY-RECENT, 20",
                "90,  ENG-DECAY-RECENT, 20",
                "91,  ENG-DECAY-AGING,  10",
                "180, ENG-DECAY-AGING,  10",
                "181, ENG-DECAY-STALE,  0",
                "400, ENG-DECAY-STALE,  0"})
        void ageBandDecidesTheShareAnEventCountsFor(int days, String decayRule, int points) {
            LeadEvaluation evaluation = evaluate(idealPersona(), history().event("DEMO_REQUESTED", daysAgo(days)));

            assertThat(engagementPoints(evaluation, "DEMO_REQUESTED")).isEqualTo(points);
            assertThat(firedRuleIds(evaluation).stream().filter(id -> id.startsWith("ENG-DECAY-")))
                    .containsExactly(decayRule);
        }

        @ParameterizedTest(name = "{0} days and 23:59:59 old -> {1} points")
        @CsvSource({"30, 40", "90, 20", "180, 10"})
        void ageIsCountedInWholeDaysRoundedDown(int days, int points) {
            LeadEvaluation evaluation = evaluate(idealPersona(),
                    history().event("DEMO_REQUESTED", almostDaysAgo(days)));

            assertThat(engagementPoints(evaluation, "DEMO_REQUESTED")).isEqualTo(points);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
                // events of one type at one age            , points before rounding -> points
                "one open at 40 days (1 x 50%),              EMAIL_OPEN,         1, 40,  1", // 0.50 -> 1
                "one open at 100 days (1 x 25%),             EMAIL_OPEN,         1, 100, 0", // 0.25 -> 0
                "two opens at 100 days (2 x 25%),            EMAIL_OPEN,         2, 100, 1", // 0.50 -> 1
                "three opens at 100 days (3 x 25%),          EMAIL_OPEN,         3, 100, 1", // 0.75 -> 1
                "one pricing view at 40 days (5 x 50%),      PRICING_PAGE_VIEW,  1, 40,  3", // 2.50 -> 3
                "one pricing view at 100 days (5 x 25%),     PRICING_PAGE_VIEW,  1, 100, 1", // 1.25 -> 1
                "two webinar sign-ups at 100 days (3 x 25%), WEBINAR_REGISTERED, 2, 100, 2"}) // 1.50 -> 2
        void decayedPointsOfATypeAreSummedInHundredthsThenRoundedHalfUp(String situation, String type, int events,
                                                                        int days, int points) {
            LeadEvaluation evaluation = evaluate(idealPersona(), history().events(events, type, daysAgo(days)));

            assertThat(engagementPoints(evaluation, type)).isEqualTo(points);
        }

        @Test
        void typeIsRoundedOnceOverAllItsEventsNotPerEvent() {
            // pricing views at 100 and 40 days: 5 x 25% + 5 x 50% = 1.25 + 2.50 = 3.75 -> 4
            // opens at 100 and 150 days: 1 x 25% + 1 x 25% = 0.50 -> 1, where rounding each event gives 0 + 0
            LeadEvaluation pricing = evaluate(idealPersona(), history()
                    .event("PRICING_PAGE_VIEW", daysAgo(100)).event("PRICING_PAGE_VIEW", daysAgo(40)));
            LeadEvaluation opens = evaluate(idealPersona(), history()
                    .event("EMAIL_OPEN", daysAgo(100)).event("EMAIL_OPEN", daysAgo(150)));

            assertThat(engagementPoints(pricing, "PRICING_PAGE_VIEW")).isEqualTo(4);
            assertThat(engagementPoints(opens, "EMAIL_OPEN")).isEqualTo(1);
        }

        @Test
        void decayRowFiresOncePerEvent() {
            LeadEvaluation evaluation = evaluate(idealPersona(), history()
                    .events(3, "EMAIL_OPEN", daysAgo(2)).event("EMAIL_OPEN", daysAgo(45)));

            assertThat(firedRule(evaluation, "ENG-DECAY-FRESH").firings()).isEqualTo(3);
            assertThat(firedRule(evaluation, "ENG-DECAY-RECENT").firings()).isEqualTo(1);
            // 3 x 1 + 1 x 50% = 3.5 -> 4
            assertThat(engagementPoints(evaluation, "EMAIL_OPEN")).isEqualTo(4);
        }
    }

    @Nested
    class Signals {

        @Test
        void fivePageViewsInTheLast30DaysMakeAReturningVisitor() {
            LeadEvaluation evaluation = evaluate(idealPersona(), history().events(5, "PAGE_VIEW", daysAgo(30)));

            assertEntry(evaluation, "RETURNING_VISITOR", "ENG-SIGNAL-RETURNING_VISITOR", 5);
            // 5 page views (5) + the signal (5)
            assertThat(evaluation.engagement().score()).isEqualTo(10);
        }

        @Test
        void fourPageViewsAreNotAReturningVisitor() {
            LeadEvaluation evaluation = evaluate(idealPersona(), history().events(4, "PAGE_VIEW", daysAgo(1)));

            assertThat(engagementEntry(evaluation, "RETURNING_VISITOR")).isEmpty();
            assertThat(firedRuleIds(evaluation)).doesNotContain("ENG-SIGNAL-RETURNING_VISITOR");
        }

        @Test
        void pageViewsOlderThan30DaysOrAfterAsOfDoNotCount() {
            LeadEvaluation evaluation = evaluate(idealPersona(), history()
                    .events(4, "PAGE_VIEW", daysAgo(1)).event("PAGE_VIEW", daysAgo(31))
                    .event("PAGE_VIEW", afterAsOf()));

            assertThat(engagementEntry(evaluation, "RETURNING_VISITOR")).isEmpty();
        }

        @Test
        void positiveActivityOnThreeDistinctDaysInTheLast30DaysIsPlannedInterest() {
            LeadEvaluation evaluation = evaluate(idealPersona(), history()
                    .event("EMAIL_OPEN", daysAgo(1)).event("PAGE_VIEW", daysAgo(15)).event("EMAIL_CLICK", daysAgo(30)));

            assertEntry(evaluation, "PLANNED_INTEREST", "ENG-SIGNAL-PLANNED_INTEREST", 5);
            // 1 + 1 + 2 + the signal 5
            assertThat(evaluation.engagement().score()).isEqualTo(9);
        }

        @Test
        void twoActiveDaysAreNotPlannedInterest() {
            LeadEvaluation evaluation = evaluate(idealPersona(), history()
                    .events(3, "EMAIL_OPEN", daysAgo(1)).event("PAGE_VIEW", daysAgo(15)));

            assertThat(engagementEntry(evaluation, "PLANNED_INTEREST")).isEmpty();
        }

        @Test
        void daysWithOnlyNegativeUnknownOldOrFutureActivityDoNotCount() {
            LeadEvaluation evaluation = evaluate(idealPersona(), history()
                    .event("EMAIL_OPEN", daysAgo(1)).event("PAGE_VIEW", daysAgo(2))
                    .event("UNSUBSCRIBED", daysAgo(3))
                    .event("PODCAST_LISTENED", daysAgo(4))
                    .event("EMAIL_CLICK", daysAgo(31))
                    .event("EMAIL_CLICK", afterAsOf()));

            assertThat(engagementEntry(evaluation, "PLANNED_INTEREST")).isEmpty();
        }

        @Test
        void daysAreUtcCalendarDays() {
            // 2026-11-20T23:30Z and 2026-11-21T00:30Z are one hour apart but on two UTC days; with asOf's day: 3
            Instant lateOnThe20th = Instant.parse("2026-11-20T23:30:00Z");
            Instant earlyOnThe21st = Instant.parse("2026-11-21T00:30:00Z");
            LeadEvaluation threeDays = evaluate(idealPersona(), history()
                    .event("EMAIL_OPEN", lateOnThe20th).event("EMAIL_OPEN", earlyOnThe21st).event("EMAIL_OPEN", AS_OF));
            // 2026-11-20T00:10Z and 2026-11-20T23:50Z are almost a day apart but on one UTC day; with asOf's: 2
            LeadEvaluation twoDays = evaluate(idealPersona(), history()
                    .event("EMAIL_OPEN", Instant.parse("2026-11-20T00:10:00Z"))
                    .event("EMAIL_OPEN", Instant.parse("2026-11-20T23:50:00Z")).event("EMAIL_OPEN", AS_OF));

            assertThat(engagementPoints(threeDays, "PLANNED_INTEREST")).isEqualTo(5);
            assertThat(engagementEntry(twoDays, "PLANNED_INTEREST")).isEmpty();
        }

        @ParameterizedTest(name = "lead magnet {0}")
        @CsvSource({"CONTEST", "DISCOUNT", "contest"})
        void leadWhoCameForAPrizeOrADiscountIsIncentiveDriven(String leadMagnet) {
            LeadEvaluation evaluation = evaluate(idealPersona().leadMagnet(leadMagnet),
                    history().event("DEMO_REQUESTED", daysAgo(1)));

            assertEntry(evaluation, "INCENTIVE_DRIVEN", "ENG-SIGNAL-INCENTIVE_DRIVEN", -10);
            assertThat(pointsByFiredRule(evaluation)).containsEntry("ENG-SIGNAL-INCENTIVE_DRIVEN", -10);
            // 40 - 10
            assertThat(evaluation.engagement().score()).isEqualTo(30);
        }

        @ParameterizedTest(name = "lead magnet {0}")
        @CsvSource({"EBOOK", "WEBINAR", "''"})
        void otherLeadMagnetsAreNotIncentiveDriven(String leadMagnet) {
            LeadEvaluation evaluation = evaluate(idealPersona().leadMagnet(leadMagnet),
                    history().event("DEMO_REQUESTED", daysAgo(1)));

            assertThat(engagementEntry(evaluation, "INCENTIVE_DRIVEN")).isEmpty();
        }
    }

    private static void assertEntry(LeadEvaluation evaluation, String category, String ruleId, int points) {
        BreakdownEntry entry = engagementEntry(evaluation, category)
                .orElseThrow(() -> new AssertionError("no engagement entry " + category + " in "
                        + evaluation.engagement().breakdown()));
        assertThat(entry.ruleId()).as("rule credited for %s", category).isEqualTo(ruleId);
        assertThat(entry.points()).as("points of %s", category).isEqualTo(points);
    }
}
