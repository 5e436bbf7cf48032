package io.leadrules.ruletests;

import static io.leadrules.ruletests.DefaultRules.evaluate;
import static io.leadrules.ruletests.Explanations.firedRuleIds;
import static io.leadrules.ruletests.Explanations.fitEntry;
import static io.leadrules.ruletests.Explanations.pointsByFiredRule;
import static io.leadrules.ruletests.LeadFixtures.contactOnly;
import static io.leadrules.ruletests.LeadFixtures.idealPersona;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.rules.evaluation.BreakdownEntry;
import io.leadrules.rules.evaluation.LeadEvaluation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ProfileFit.drl.xlsx, one nested class per sheet. A category earns round_half_up(weight x match / 100); the lead
 * starts from {@link LeadFixtures#contactOnly()} with only the member under test filled in.
 */
class ProfileFitTableTest {

    @Nested
    class Role {

        // weight 30: 100% -> 30, 80% -> 24, 60% -> 18, 30% -> 9, 0% -> 0
        @ParameterizedTest(name = "\"{0}\" -> {1} ({2} points)")
        @CsvSource({
                "CEO,                        FIT-ROLE-EXECUTIVE,    30",
                "Chief Marketing Officer,    FIT-ROLE-EXECUTIVE,    30",
                "cto,                        FIT-ROLE-EXECUTIVE,    30",
                "CMO,                        FIT-ROLE-EXECUTIVE,    30",
                "CFO,                        FIT-ROLE-EXECUTIVE,    30",
                "Co-Founder,                 FIT-ROLE-EXECUTIVE,    30",
                "Owner,                      FIT-ROLE-EXECUTIVE,    30",
                "VP Marketing,               FIT-ROLE-SENIOR,       24",
                "Vice President of Sales,    FIT-ROLE-SENIOR,       24",
                "Marketing Director,         FIT-ROLE-SENIOR,       24",
                "Director,                   FIT-ROLE-SENIOR,       24",
                "Head of Growth,             FIT-ROLE-SENIOR,       24",
                "Marketing Manager,          FIT-ROLE-MANAGER,      18",
                "Team Lead,                  FIT-ROLE-MANAGER,      18",
                "SEO Specialist,             FIT-ROLE-PRACTITIONER, 9",
                "Data Analyst,               FIT-ROLE-PRACTITIONER, 9",
                "Marketing Coordinator,      FIT-ROLE-PRACTITIONER, 9",
                "Consultant,                 FIT-ROLE-PRACTITIONER, 9",
                "Software Engineer,          FIT-ROLE-PRACTITIONER, 9",
                "Student,                    FIT-ROLE-STUDENT,      0",
                "Marketing Intern,           FIT-ROLE-STUDENT,      0"})
        void jobTitleContainingAWordOfARowEarnsItsShareOf30(String jobTitle, String ruleId, int points) {
            LeadEvaluation evaluation = evaluate(contactOnly().jobTitle(jobTitle));

            assertEntry(fitEntry(evaluation, "ROLE"), ruleId, points);
            assertThat(pointsByFiredRule(evaluation)).containsEntry(ruleId, points);
        }

        @Test
        void directorDoesNotContainCto() {
            LeadEvaluation evaluation = evaluate(contactOnly().jobTitle("Director"));

            assertThat(firedRuleIds(evaluation)).contains("FIT-ROLE-SENIOR").doesNotContain("FIT-ROLE-EXECUTIVE");
        }

        @ParameterizedTest(name = "\"{0}\"")
        @CsvSource({"Doctor", "Headhunter", "Team Leader", "Ownership Accountant", "Victor's assistant"})
        void aWordInsideAnotherWordIsNoMatch(String jobTitle) {
            // doctor/victor hold "cto", headhunter "head", leader "lead", ownership "owner": none as a whole word
            LeadEvaluation evaluation = evaluate(contactOnly().jobTitle(jobTitle));

            assertEntry(fitEntry(evaluation, "ROLE"), "FIT-WEIGHT-ROLE", 0);
            assertThat(firedRuleIds(evaluation)).noneMatch(id -> id.startsWith("FIT-ROLE-"));
        }

        @Test
        void wordsAreComparedIgnoringCase() {
            assertEntry(fitEntry(evaluate(contactOnly().jobTitle("vIcE pReSiDeNt, EMEA")), "ROLE"),
                    "FIT-ROLE-SENIOR", 24);
        }

        @Test
        void highestMatchWinsWhenTwoRowsMatch() {
            // "lead" (MANAGER, 60%) and "engineer" (PRACTITIONER, 30%) both match: 60% of 30 = 18 counts
            LeadEvaluation evaluation = evaluate(contactOnly().jobTitle("Lead Engineer"));

            assertEntry(fitEntry(evaluation, "ROLE"), "FIT-ROLE-MANAGER", 18);
            assertThat(pointsByFiredRule(evaluation))
                    .containsEntry("FIT-ROLE-MANAGER", 18)
                    .containsEntry("FIT-ROLE-PRACTITIONER", 0);
        }

        @Test
        void executiveWinsOverStudentWhenBothMatch() {
            // "Founder" (100%) and "Student" (0%): 30 points, credited to the executive row
            LeadEvaluation evaluation = evaluate(contactOnly().jobTitle("Student and Founder"));

            assertEntry(fitEntry(evaluation, "ROLE"), "FIT-ROLE-EXECUTIVE", 30);
            assertThat(pointsByFiredRule(evaluation)).containsEntry("FIT-ROLE-STUDENT", 0);
        }
    }

    @Nested
    class CompanySize {

        // weight 15: 100% -> 15, 80% -> 12, 60% -> 9, 30% -> 4.5 -> 5, 10% -> 1.5 -> 2 (half up)
        @ParameterizedTest(name = "{0} employees -> {1} ({2} points)")
        @CsvSource({
                "1,      FIT-SIZE-MICRO,      2",
                "9,      FIT-SIZE-MICRO,      2",
                "10,     FIT-SIZE-SMALL,      5",
                "49,     FIT-SIZE-SMALL,      5",
                "50,     FIT-SIZE-MIDSIZE,    9",
                "199,    FIT-SIZE-MIDSIZE,    9",
                "200,    FIT-SIZE-LARGE,      12",
                "999,    FIT-SIZE-LARGE,      12",
                "1000,   FIT-SIZE-ENTERPRISE, 15",
                "250000, FIT-SIZE-ENTERPRISE, 15"})
        void sizeBandEarnsItsShareOf15(int employees, String ruleId, int points) {
            LeadEvaluation evaluation = evaluate(contactOnly().companySize(employees));

            assertEntry(fitEntry(evaluation, "COMPANY_SIZE"), ruleId, points);
            assertThat(firedRuleIds(evaluation).stream().filter(id -> id.startsWith("FIT-SIZE-")))
                    .as("exactly one band holds %s employees", employees).containsExactly(ruleId);
        }
    }

    @Nested
    class Industry {

        // weight 15: 100% -> 15, 70% -> 10.5 -> 11, 40% -> 6, 10% -> 1.5 -> 2
        @ParameterizedTest(name = "{0} -> {1} ({2} points)")
        @CsvSource({
                "SOFTWARE,              FIT-INDUSTRY-CORE,   15",
                "FINANCE,               FIT-INDUSTRY-CORE,   15",
                "software,              FIT-INDUSTRY-CORE,   15",
                "PROFESSIONAL_SERVICES, FIT-INDUSTRY-STRONG, 11",
                "HEALTHCARE,            FIT-INDUSTRY-STRONG, 11",
                "RETAIL,                FIT-INDUSTRY-FAIR,   6",
                "MANUFACTURING,         FIT-INDUSTRY-FAIR,   6",
                "Education,             FIT-INDUSTRY-FAIR,   6",
                "AGRICULTURE,           FIT-INDUSTRY-OTHER,  2",
                "space tourism,         FIT-INDUSTRY-OTHER,  2"})
        void industryEarnsItsShareOf15(String industry, String ruleId, int points) {
            assertEntry(fitEntry(evaluate(contactOnly().industry(industry)), "INDUSTRY"), ruleId, points);
        }

        @Test
        void starRowAlsoMatchesListedIndustriesButTheHigherMatchCounts() {
            LeadEvaluation evaluation = evaluate(contactOnly().industry("SOFTWARE"));

            assertThat(pointsByFiredRule(evaluation))
                    .containsEntry("FIT-INDUSTRY-CORE", 15)
                    .containsEntry("FIT-INDUSTRY-OTHER", 0);
        }

        @Test
        void starRowDoesNotMatchABlankIndustry() {
            assertEntry(fitEntry(evaluate(contactOnly().industry("  ")), "INDUSTRY"), "FIT-WEIGHT-INDUSTRY", 0);
        }
    }

    @Nested
    class Revenue {

        // weight 15: 100% -> 15, 80% -> 12, 50% -> 7.5 -> 8, 20% -> 3
        @ParameterizedTest(name = "{0} -> {1} ({2} points)")
        @CsvSource({
                "0,           FIT-REVENUE-SMALL, 3",
                "999999.99,   FIT-REVENUE-SMALL, 3",
                "1000000,     FIT-REVENUE-1M,    8",
                "9999999.99,  FIT-REVENUE-1M,    8",
                "10000000,    FIT-REVENUE-10M,   12",
                "1.0E7,       FIT-REVENUE-10M,   12",
                "49999999.99, FIT-REVENUE-10M,   12",
                "50000000,    FIT-REVENUE-50M,   15",
                "7500000000,  FIT-REVENUE-50M,   15"})
        void revenueBandEarnsItsShareOf15(String revenue, String ruleId, int points) {
            LeadEvaluation evaluation = evaluate(contactOnly().annualRevenue(revenue));

            assertEntry(fitEntry(evaluation, "REVENUE"), ruleId, points);
            assertThat(firedRuleIds(evaluation).stream().filter(id -> id.startsWith("FIT-REVENUE-")))
                    .as("exactly one band holds %s", revenue).containsExactly(ruleId);
        }
    }

    @Nested
    class Need {

        // weight 15: 100% -> 15, 50% -> 7.5 -> 8
        @ParameterizedTest(name = "\"{0}\" -> {1} ({2} points)")
        @CsvSource({
                "crm-suite, FIT-NEED-SPECIFIC, 15",
                "analytics, FIT-NEED-SPECIFIC, 15",
                "ANY,       FIT-NEED-GENERAL,  8",
                "PACKAGE,   FIT-NEED-GENERAL,  8",
                "any,       FIT-NEED-GENERAL,  8"})
        void productInterestEarnsItsShareOf15(String productInterest, String ruleId, int points) {
            LeadEvaluation evaluation = evaluate(contactOnly().productInterest(productInterest));

            assertEntry(fitEntry(evaluation, "NEED"), ruleId, points);
            assertThat(firedRuleIds(evaluation).stream().filter(id -> id.startsWith("FIT-NEED-")))
                    .containsExactly(ruleId);
        }

        @Test
        void noProductInterestEarnsNothingAndIsAnUnknownNeed() {
            LeadEvaluation evaluation = evaluate(contactOnly().productInterest(null));

            assertEntry(fitEntry(evaluation, "NEED"), "FIT-WEIGHT-NEED", 0);
            assertThat(evaluation.dataQuality()).anySatisfy(f -> {
                assertThat(f.code()).isEqualTo("UNKNOWN_NEED");
                assertThat(f.field()).isEqualTo("lead.productInterest");
                assertThat(f.severity()).isEqualTo("INFO");
            });
        }
    }

    @Nested
    class Source {

        // weight 10: 100% -> 10, 70% -> 7, 50% -> 5, 40% -> 4, 30% -> 3
        @ParameterizedTest(name = "{0} -> {1} ({2} points)")
        @CsvSource({
                "REFERRAL,            FIT-SOURCE-TRUSTED,   10",
                "EVENT,               FIT-SOURCE-TRUSTED,   10",
                "PARTNER,             FIT-SOURCE-TRUSTED,   10",
                "ORGANIC_SEARCH,      FIT-SOURCE-INBOUND,   7",
                "DIRECT,              FIT-SOURCE-INBOUND,   7",
                "EMAIL,               FIT-SOURCE-MARKETING, 5",
                "SOCIAL,              FIT-SOURCE-MARKETING, 5",
                "CONTENT_SYNDICATION, FIT-SOURCE-MARKETING, 5",
                "PAID_ADS,            FIT-SOURCE-PAID,      4",
                "OUTBOUND,            FIT-SOURCE-OUTBOUND,  3",
                "referral,            FIT-SOURCE-TRUSTED,   10"})
        void sourceEarnsItsShareOf10(String source, String ruleId, int points) {
            assertEntry(fitEntry(evaluate(contactOnly().source(source)), "SOURCE"), ruleId, points);
        }

        @Test
        void unlistedSourceEarnsNothingAndIsAnUnknownSource() {
            LeadEvaluation evaluation = evaluate(contactOnly().source("TRADE_SHOW"));

            assertEntry(fitEntry(evaluation, "SOURCE"), "FIT-WEIGHT-SOURCE", 0);
            assertThat(evaluation.dataQuality()).anySatisfy(f -> {
                assertThat(f.code()).isEqualTo("UNKNOWN_SOURCE");
                assertThat(f.field()).isEqualTo("lead.source");
            });
        }
    }

    @Nested
    class Grades {

        @Test
        void fit80IsGradeA() {
            // CEO 30 + 1500 employees 15 + SOFTWARE 15 + 60M 15 + no need 0 + EMAIL 5 = 80
            assertGrade(idealPersona().productInterest(null).source("EMAIL"), 80, "A", "FIT-GRADE-A");
        }

        @Test
        void fit79IsGradeB() {
            // CEO 30 + 15 + 15 + 15 + no need 0 + PAID_ADS 4 = 79
            assertGrade(idealPersona().productInterest(null).source("PAID_ADS"), 79, "B", "FIT-GRADE-B");
        }

        @Test
        void fit60IsGradeB() {
            // CEO 30 + 1500 employees 15 + SOFTWARE 15, nothing else = 60
            assertGrade(contactOnly().jobTitle("CEO").companySize(1500).industry("SOFTWARE"), 60, "B",
                    "FIT-GRADE-B");
        }

        @Test
        void fit59IsGradeC() {
            // Director 24 + 1500 employees 15 + SOFTWARE 15 + EMAIL 5 = 59
            assertGrade(contactOnly().jobTitle("Director").companySize(1500).industry("SOFTWARE").source("EMAIL"),
                    59, "C", "FIT-GRADE-C");
        }

        @Test
        void fit40IsGradeC() {
            // CEO 30 + REFERRAL 10 = 40
            assertGrade(contactOnly().jobTitle("CEO").source("REFERRAL"), 40, "C", "FIT-GRADE-C");
        }

        @Test
        void fit39IsGradeD() {
            // Director 24 + 1500 employees 15 = 39
            assertGrade(contactOnly().jobTitle("Director").companySize(1500), 39, "D", "FIT-GRADE-D");
        }

        @Test
        void fit100IsGradeAAndFit0IsGradeD() {
            assertGrade(idealPersona(), 100, "A", "FIT-GRADE-A");
            assertGrade(contactOnly(), 0, "D", "FIT-GRADE-D");
        }

        private void assertGrade(LeadBuilder lead, int fit, String grade, String ruleId) {
            LeadEvaluation evaluation = evaluate(lead);

            assertThat(evaluation.fit().score()).isEqualTo(fit);
            assertThat(evaluation.fit().grade()).isEqualTo(grade);
            assertThat(firedRuleIds(evaluation).stream().filter(id -> id.startsWith("FIT-GRADE-")))
                    .containsExactly(ruleId);
        }
    }

    private static void assertEntry(BreakdownEntry entry, String ruleId, int points) {
        assertThat(entry.ruleId()).as("rule credited for %s", entry.category()).isEqualTo(ruleId);
        assertThat(entry.points()).as("points of %s", entry.category()).isEqualTo(points);
    }
}
