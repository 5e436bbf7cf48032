package io.leadrules.ruletests;

import static io.leadrules.ruletests.ActivityFixtures.afterAsOf;
import static io.leadrules.ruletests.ActivityFixtures.daysAgo;
import static io.leadrules.ruletests.ActivityHistory.history;
import static io.leadrules.ruletests.DefaultRules.evaluate;
import static io.leadrules.ruletests.Explanations.firedRuleIds;
import static io.leadrules.ruletests.LeadFixtures.goodFitAtASmallCompany;
import static io.leadrules.ruletests.LeadFixtures.idealPersona;
import static io.leadrules.ruletests.LeadFixtures.partialFit;
import static io.leadrules.ruletests.LeadFixtures.poorFit;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.rules.evaluation.LeadEvaluation;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Qualification.drl (stage, funnel stage, priority: first match wins) and Qualification.drl.xlsx (temperature).
 * Each assertion checks the value and that exactly one rule of its kind fired.
 */
class QualificationTest {

    @Nested
    class Temperature {

        @Test
        void score39IsCold() {
            // fit CEO 30 + 15 + 15 + 15 + no need 0 + OUTBOUND 3 = 78, no activity: 78 / 2 = 39
            assertTemperature(evaluate(idealPersona().productInterest(null).source("OUTBOUND")), 39, "COLD",
                    "TEMP-COLD");
        }

        @Test
        void score40IsWarm() {
            // fit with PAID_ADS 4 = 79, no activity: 79 / 2 = 39.5 -> 40
            assertTemperature(evaluate(idealPersona().productInterest(null).source("PAID_ADS")), 40, "WARM",
                    "TEMP-WARM");
        }

        @Test
        void score69IsWarm() {
            // fit 100; engagement 2 events 20 + 2 webinars attended 16 + 1 click 2 = 38: 138 / 2 = 69
            assertTemperature(evaluate(idealPersona(), history().events(2, "EVENT_ATTENDED", daysAgo(3))
                    .events(2, "WEBINAR_ATTENDED", daysAgo(3)).event("EMAIL_CLICK", daysAgo(3))), 69, "WARM",
                    "TEMP-WARM");
        }

        @Test
        void score70IsHot() {
            // fit 100; engagement 20 + 16 + 1 webinar registration 3 = 39: 139 / 2 = 69.5 -> 70
            assertTemperature(evaluate(idealPersona(), history().events(2, "EVENT_ATTENDED", daysAgo(3))
                    .events(2, "WEBINAR_ATTENDED", daysAgo(3)).event("WEBINAR_REGISTERED", daysAgo(3))), 70, "HOT",
                    "TEMP-HOT");
        }

        @Test
        void extremesAreColdAndHot() {
            assertTemperature(evaluate(LeadFixtures.contactOnly()), 0, "COLD", "TEMP-COLD");
            assertTemperature(evaluate(idealPersona(), history().event("DEMO_REQUESTED", daysAgo(1))
                    .event("FREE_TRIAL_STARTED", daysAgo(1)).event("CONTACT_SALES", daysAgo(1))), 100, "HOT",
                    "TEMP-HOT");
        }

        private void assertTemperature(LeadEvaluation evaluation, int score, String temperature, String ruleId) {
            assertThat(evaluation.score()).isEqualTo(score);
            assertThat(evaluation.temperature()).isEqualTo(temperature);
            assertThat(rulesStartingWith(evaluation, "TEMP-")).containsExactly(ruleId);
        }
    }

    @Nested
    class Stage {

        @Test
        void leadWithoutConsentIsInvalidAndNoStageRuleFires() {
            LeadEvaluation evaluation = evaluate(idealPersona().withoutConsent(),
                    history().event("DEMO_REQUESTED", daysAgo(2)));

            assertThat(evaluation.stage()).isEqualTo("INVALID");
            assertThat(rulesStartingWith(evaluation, "STAGE-")).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
                "malformed email,  email,     ana@acme",
                "disposable email, email,     ana@yopmail.com",
                "junk first name,  firstName, asdf",
                "no way to reach,  contact,   ''"})
        void dataQualityErrorDisqualifiesEvenAnIdealPersonaWhoAskedForADemo(String situation, String member,
                                                                            String value) {
            LeadBuilder lead = idealPersona();
            switch (member) {
                case "email" -> lead.email(value);
                case "firstName" -> lead.firstName(value);
                default -> lead.email(null).phone(null);
            }
            LeadEvaluation evaluation = evaluate(lead, history().event("DEMO_REQUESTED", daysAgo(2)));

            assertStage(evaluation, "DISQUALIFIED", "STAGE-DISQUALIFIED");
        }

        @Test
        void spamComplaintOfAnyAgeDisqualifies() {
            LeadEvaluation evaluation = evaluate(idealPersona(), history()
                    .event("DEMO_REQUESTED", daysAgo(2)).event("SPAM_COMPLAINT", daysAgo(200)));

            assertStage(evaluation, "DISQUALIFIED", "STAGE-DISQUALIFIED");
        }

        @Test
        void warningsDoNotDisqualify() {
            LeadEvaluation evaluation = evaluate(idealPersona().email("ana@gmail.com").company(null)
                    .phone("call me"), history().event("DEMO_REQUESTED", daysAgo(2)).event("UNSUBSCRIBED", daysAgo(2)));

            assertStage(evaluation, "SQL", "STAGE-SQL");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"DEMO_REQUESTED", "FREE_TRIAL_STARTED", "CONTACT_SALES"})
        void gradeAWhoMadeASalesReadyRequestInTheLast30DaysIsSql(String type) {
            assertStage(evaluate(idealPersona(), history().event(type, daysAgo(30))), "SQL", "STAGE-SQL");
        }

        @Test
        void gradeBWhoStartedATrialIsSql() {
            // fit 74, grade B
            LeadEvaluation evaluation = evaluate(goodFitAtASmallCompany(),
                    history().event("FREE_TRIAL_STARTED", daysAgo(5)));

            assertThat(evaluation.fit().grade()).isEqualTo("B");
            assertStage(evaluation, "SQL", "STAGE-SQL");
        }

        @Test
        void salesReadyRequest31DaysAgoIsNotSql() {
            // fit 100, demo at 50%: 20; (100 + 20) / 2 = 60 -> MQL by score
            assertStage(evaluate(idealPersona(), history().event("DEMO_REQUESTED", daysAgo(31))), "MQL",
                    "STAGE-MQL-SCORE");
        }

        @Test
        void salesReadyRequestAfterAsOfIsNotSql() {
            // the demo counts nothing: (100 + 0) / 2 = 50 -> MQL by score
            assertStage(evaluate(idealPersona(), history().event("DEMO_REQUESTED", afterAsOf())), "MQL",
                    "STAGE-MQL-SCORE");
        }

        @Test
        void scoreOf40IsMql() {
            // fit 79, no activity: 39.5 -> 40
            assertStage(evaluate(idealPersona().productInterest(null).source("PAID_ADS")), "MQL", "STAGE-MQL-SCORE");
        }

        @Test
        void scoreOf39IsLead() {
            // fit 78, no activity: 39
            assertStage(evaluate(idealPersona().productInterest(null).source("OUTBOUND")), "LEAD", "STAGE-LEAD");
        }

        @Test
        void gradeCWhoAskedForADemoIsMqlEvenWithALowScore() {
            // fit 46 (C); demo 40 - unsubscribe 20 = 20; (46 + 20) / 2 = 33 < 40
            LeadEvaluation evaluation = evaluate(partialFit(), history()
                    .event("DEMO_REQUESTED", daysAgo(2)).event("UNSUBSCRIBED", daysAgo(2)));

            assertThat(evaluation.score()).isEqualTo(33);
            assertStage(evaluation, "MQL", "STAGE-MQL-GRADE-C");
        }

        @Test
        void gradeCWhoAskedForADemo31DaysAgoIsALead() {
            // fit 46; demo at 50% 20 - unsubscribe 20 = 0; 46 / 2 = 23
            assertStage(evaluate(partialFit(), history()
                    .event("DEMO_REQUESTED", daysAgo(31)).event("UNSUBSCRIBED", daysAgo(2))), "LEAD", "STAGE-LEAD");
        }

        @Test
        void gradeDWhoAskedForADemoIsALead() {
            // fit 10 (D) + demo 40: 50 / 2 = 25
            assertStage(evaluate(poorFit(), history().event("DEMO_REQUESTED", daysAgo(2))), "LEAD", "STAGE-LEAD");
        }

        @Test
        void poorFitWithoutActivityIsALead() {
            assertStage(evaluate(poorFit()), "LEAD", "STAGE-LEAD");
        }

        private void assertStage(LeadEvaluation evaluation, String stage, String ruleId) {
            assertThat(evaluation.stage()).isEqualTo(stage);
            assertThat(rulesStartingWith(evaluation, "STAGE-")).as("first match wins").containsExactly(ruleId);
        }
    }

    @Nested
    class FunnelStage {

        @ParameterizedTest(name = "{0} 30 days ago")
        @ValueSource(strings = {"DEMO_REQUESTED", "FREE_TRIAL_STARTED", "CONTACT_SALES", "PRICING_PAGE_VIEW"})
        void salesReadyRequestOrPricingViewInTheLast30DaysIsBottomOfFunnel(String type) {
            assertFunnel(evaluate(idealPersona(), history().event(type, daysAgo(30))), "BOFU", "FUNNEL-BOFU");
        }

        @ParameterizedTest(name = "{0} 31 days ago")
        @ValueSource(strings = {"DEMO_REQUESTED", "PRICING_PAGE_VIEW"})
        void bottomOfFunnelActivity31DaysAgoIsTopOfFunnel(String type) {
            assertFunnel(evaluate(idealPersona(), history().event(type, daysAgo(31))), "TOFU", "FUNNEL-TOFU");
        }

        @ParameterizedTest(name = "{0} 90 days ago")
        @ValueSource(strings = {"WEBINAR_REGISTERED", "WEBINAR_ATTENDED", "EVENT_ATTENDED", "FORM_SUBMITTED",
                "CONTENT_DOWNLOAD"})
        void deeperContentInTheLast90DaysIsMiddleOfFunnel(String type) {
            assertFunnel(evaluate(idealPersona(), history().event(type, daysAgo(90))), "MOFU",
                    "FUNNEL-MOFU-CONTENT");
        }

        @ParameterizedTest(name = "{0} 91 days ago")
        @ValueSource(strings = {"WEBINAR_ATTENDED", "CONTENT_DOWNLOAD"})
        void deeperContent91DaysAgoIsTopOfFunnel(String type) {
            assertFunnel(evaluate(idealPersona(), history().event(type, daysAgo(91))), "TOFU", "FUNNEL-TOFU");
        }

        @Test
        void threePageViewsInTheLast30DaysAreMiddleOfFunnel() {
            assertFunnel(evaluate(idealPersona(), history().events(3, "PAGE_VIEW", daysAgo(30))), "MOFU",
                    "FUNNEL-MOFU-VISITS");
        }

        @Test
        void twoRecentPageViewsAndAnOldOneAreTopOfFunnel() {
            assertFunnel(evaluate(idealPersona(), history().events(2, "PAGE_VIEW", daysAgo(1))
                    .event("PAGE_VIEW", daysAgo(31)).event("PAGE_VIEW", afterAsOf())), "TOFU", "FUNNEL-TOFU");
        }

        @Test
        void bottomOfFunnelWinsOverMiddle() {
            LeadEvaluation evaluation = evaluate(idealPersona(), history()
                    .event("WEBINAR_ATTENDED", daysAgo(5)).events(3, "PAGE_VIEW", daysAgo(5))
                    .event("PRICING_PAGE_VIEW", daysAgo(5)));

            assertFunnel(evaluation, "BOFU", "FUNNEL-BOFU");
        }

        @Test
        void noActivityOrOnlyEmailIsTopOfFunnel() {
            assertFunnel(evaluate(idealPersona()), "TOFU", "FUNNEL-TOFU");
            assertFunnel(evaluate(idealPersona(), history().events(4, "EMAIL_CLICK", daysAgo(1))), "TOFU",
                    "FUNNEL-TOFU");
        }

        @Test
        void salesReadyRequestAfterAsOfIsTopOfFunnel() {
            assertFunnel(evaluate(idealPersona(), history().event("DEMO_REQUESTED", afterAsOf())), "TOFU",
                    "FUNNEL-TOFU");
        }

        private void assertFunnel(LeadEvaluation evaluation, String funnelStage, String ruleId) {
            assertThat(evaluation.funnelStage()).isEqualTo(funnelStage);
            assertThat(rulesStartingWith(evaluation, "FUNNEL-")).as("first match wins").containsExactly(ruleId);
        }
    }

    @Nested
    class Priority {

        @Test
        void sqlAtACompanyOf200IsP1() {
            // CEO 30 + 200 employees 12 + SOFTWARE 15 + no revenue 0 + need 15 + REFERRAL 10 = 82 (A), demo: SQL
            assertPriority(evaluate(idealPersona().companySize(200).annualRevenue(null),
                    history().event("DEMO_REQUESTED", daysAgo(2))), "SQL", "P1", "PRIORITY-P1");
        }

        @Test
        void sqlWithRevenueOf10MillionIsP1() {
            // 30 + 199 employees 9 + 15 + 10,000,000 12 + 15 + 10 = 91 (A)
            assertPriority(evaluate(idealPersona().companySize(199).annualRevenue("10000000"),
                    history().event("DEMO_REQUESTED", daysAgo(2))), "SQL", "P1", "PRIORITY-P1");
        }

        @Test
        void sqlJustBelowBothThresholdsIsP2() {
            // 30 + 199 employees 9 + 15 + 9,999,999.99 8 + 15 + 10 = 87 (A)
            assertPriority(evaluate(idealPersona().companySize(199).annualRevenue("9999999.99"),
                    history().event("DEMO_REQUESTED", daysAgo(2))), "SQL", "P2", "PRIORITY-P2-SQL");
        }

        @Test
        void sqlWithoutSizeOrRevenueIsP2() {
            // 30 + 0 + 15 + 0 + 15 + 10 = 70 (B)
            assertPriority(evaluate(idealPersona().companySize(null).annualRevenue(null),
                    history().event("CONTACT_SALES", daysAgo(2))), "SQL", "P2", "PRIORITY-P2-SQL");
        }

        @Test
        void hotMqlIsP2() {
            // fit 100; 2 events 20 + 2 webinars attended 16 + 2 registrations 6 = 42; 142 / 2 = 71 HOT, no
            // sales-ready request: MQL
            LeadEvaluation evaluation = evaluate(idealPersona(), history().events(2, "EVENT_ATTENDED", daysAgo(3))
                    .events(2, "WEBINAR_ATTENDED", daysAgo(3)).events(2, "WEBINAR_REGISTERED", daysAgo(3)));

            assertThat(evaluation.temperature()).isEqualTo("HOT");
            assertPriority(evaluation, "MQL", "P2", "PRIORITY-P2-HOT-MQL");
        }

        @Test
        void warmMqlIsP3() {
            // fit 100, no activity: 50 WARM
            assertPriority(evaluate(idealPersona()), "MQL", "P3", "PRIORITY-P3");
        }

        @Test
        void coldMqlOfGradeCIsP3() {
            // fit 46, demo 40 - unsubscribe 20: 33 COLD, MQL by grade C
            assertPriority(evaluate(partialFit(), history().event("DEMO_REQUESTED", daysAgo(2))
                    .event("UNSUBSCRIBED", daysAgo(2))), "MQL", "P3", "PRIORITY-P3");
        }

        @Test
        void leadIsP4() {
            assertPriority(evaluate(poorFit()), "LEAD", "P4", "PRIORITY-P4");
        }

        @Test
        void disqualifiedAndInvalidLeadsHaveNoPriority() {
            LeadEvaluation disqualified = evaluate(idealPersona().email("ana@mailinator.com"),
                    history().event("DEMO_REQUESTED", daysAgo(2)));
            LeadEvaluation invalid = evaluate(idealPersona().objectingToProfiling(),
                    history().event("DEMO_REQUESTED", daysAgo(2)));

            assertThat(disqualified.stage()).isEqualTo("DISQUALIFIED");
            assertThat(disqualified.priority()).isNull();
            assertThat(rulesStartingWith(disqualified, "PRIORITY-")).isEmpty();
            assertThat(invalid.priority()).isNull();
            assertThat(rulesStartingWith(invalid, "PRIORITY-")).isEmpty();
        }

        private void assertPriority(LeadEvaluation evaluation, String stage, String priority, String ruleId) {
            assertThat(evaluation.stage()).isEqualTo(stage);
            assertThat(evaluation.priority()).isEqualTo(priority);
            assertThat(rulesStartingWith(evaluation, "PRIORITY-")).as("first match wins").containsExactly(ruleId);
        }
    }

    private static List<String> rulesStartingWith(LeadEvaluation evaluation, String prefix) {
        return firedRuleIds(evaluation).stream().filter(id -> id.startsWith(prefix)).toList();
    }
}
