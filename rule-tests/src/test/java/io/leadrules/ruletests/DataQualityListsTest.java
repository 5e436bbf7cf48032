package io.leadrules.ruletests;

import static io.leadrules.ruletests.DefaultRules.evaluate;
import static io.leadrules.ruletests.LeadFixtures.idealPersona;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.leadrules.rules.evaluation.LeadEvaluation;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** DataQualityLists.drl.xlsx: the disposable domains, free domains and junk words the issue asks for at least. */
class DataQualityListsTest {

    @Nested
    class DisposableDomains {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
                "mailinator.com,    DQ-DISPOSABLE-MAILINATOR",
                "yopmail.com,       DQ-DISPOSABLE-YOPMAIL",
                "guerrillamail.com, DQ-DISPOSABLE-GUERRILLAMAIL",
                "10minutemail.com,  DQ-DISPOSABLE-10MINUTEMAIL",
                "tempmail.com,      DQ-DISPOSABLE-TEMPMAIL"})
        void addressAtADisposableDomainIsAnError(String domain, String ruleId) {
            assertFindings(evaluate(idealPersona().email("ana@" + domain)))
                    .containsExactly(tuple("EMAIL_DISPOSABLE", "lead.email", "ERROR", ruleId));
        }

        @Test
        void domainIsComparedIgnoringCase() {
            assertFindings(evaluate(idealPersona().email("Ana@MailInator.COM")))
                    .containsExactly(tuple("EMAIL_DISPOSABLE", "lead.email", "ERROR", "DQ-DISPOSABLE-MAILINATOR"));
        }

        @Test
        void businessDomainIsNotDisposable() {
            assertThat(evaluate(idealPersona().email("ana@mailinator-consulting.com")).dataQuality()).isEmpty();
        }
    }

    @Nested
    class FreeDomains {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
                "gmail.com,   DQ-FREE-GMAIL",
                "hotmail.com, DQ-FREE-HOTMAIL",
                "outlook.com, DQ-FREE-OUTLOOK",
                "yahoo.com,   DQ-FREE-YAHOO",
                "icloud.com,  DQ-FREE-ICLOUD"})
        void addressAtAFreeProviderIsAWarning(String domain, String ruleId) {
            assertFindings(evaluate(idealPersona().email("ana.garcia@" + domain)))
                    .containsExactly(tuple("EMAIL_FREE_DOMAIN", "lead.email", "WARNING", ruleId));
        }

        @Test
        void businessDomainIsNotFree() {
            assertThat(evaluate(idealPersona().email("ana@gmail-analytics.io")).dataQuality()).isEmpty();
        }
    }

    @Nested
    class JunkWords {

        @ParameterizedTest(name = "first name {0} -> {1}")
        @CsvSource({"test, DQ-JUNK-TEST", "Asdf, DQ-JUNK-ASDF", "QWERTY, DQ-JUNK-QWERTY", "xxx, DQ-JUNK-XXX"})
        void junkFirstNameIsATestLeadNamingTheFirstName(String word, String ruleId) {
            assertFindings(evaluate(idealPersona().firstName(word)))
                    .containsExactly(tuple("TEST_LEAD", "lead.firstName", "ERROR", ruleId));
        }

        @ParameterizedTest(name = "last name {0} -> {1}")
        @CsvSource({"Test, DQ-JUNK-TEST", "asdf, DQ-JUNK-ASDF", "qwerty, DQ-JUNK-QWERTY", "XXX, DQ-JUNK-XXX"})
        void junkLastNameIsATestLeadNamingTheLastName(String word, String ruleId) {
            assertFindings(evaluate(idealPersona().lastName(word)))
                    .containsExactly(tuple("TEST_LEAD", "lead.lastName", "ERROR", ruleId));
        }

        @ParameterizedTest(name = "email {0}@acme-soft.com -> {1}")
        @CsvSource({"test, DQ-JUNK-TEST", "asdf, DQ-JUNK-ASDF", "Qwerty, DQ-JUNK-QWERTY", "xxx, DQ-JUNK-XXX"})
        void junkEmailLocalPartIsATestLeadNamingTheEmail(String word, String ruleId) {
            assertFindings(evaluate(idealPersona().email(word + "@acme-soft.com")))
                    .containsExactly(tuple("TEST_LEAD", "lead.email", "ERROR", ruleId));
        }

        @Test
        void twoJunkWordsInTwoMembersGiveTwoFindingsEachNamingItsMember() {
            LeadEvaluation evaluation = evaluate(idealPersona().firstName("asdf").email("qwerty@acme-soft.com"));

            assertFindings(evaluation).containsExactlyInAnyOrder(
                    tuple("TEST_LEAD", "lead.firstName", "ERROR", "DQ-JUNK-ASDF"),
                    tuple("TEST_LEAD", "lead.email", "ERROR", "DQ-JUNK-QWERTY"));
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"Testa", "Tess", "xxxl", "test user"})
        void namesThatOnlyContainAJunkWordAreReal(String name) {
            assertThat(evaluate(idealPersona().firstName(name).lastName(name)).dataQuality()).isEmpty();
        }

        @Test
        void emailLocalPartThatOnlyStartsWithAJunkWordIsReal() {
            assertThat(evaluate(idealPersona().email("test.team@acme-soft.com")).dataQuality()).isEmpty();
        }
    }

    private static ListAssert<Tuple> assertFindings(LeadEvaluation evaluation) {
        return assertThat(Explanations.findingSummaries(evaluation));
    }
}
