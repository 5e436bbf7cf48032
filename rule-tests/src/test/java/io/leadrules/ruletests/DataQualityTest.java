package io.leadrules.ruletests;

import static io.leadrules.ruletests.ActivityFixtures.AS_OF;
import static io.leadrules.ruletests.ActivityFixtures.afterAsOf;
import static io.leadrules.ruletests.ActivityFixtures.daysAgo;
import static io.leadrules.ruletests.ActivityHistory.history;
import static io.leadrules.ruletests.DefaultRules.evaluate;
import static io.leadrules.ruletests.Explanations.firedRule;
import static io.leadrules.ruletests.LeadFixtures.idealPersona;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.leadrules.rules.evaluation.LeadEvaluation;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * DataQuality.drl: the checks with structure. Each finding has a code, the field it is about and a severity:
 * EMAIL_INVALID and MISSING_CONTACT are errors; PHONE_INVALID, MISSING_COMPANY and ACTIVITY_AFTER_AS_OF warnings.
 * The ideal persona has clean data, so every finding below comes from the one member a test changes.
 */
class DataQualityTest {

    @Test
    void cleanContactDataHasNoFinding() {
        assertThat(evaluate(idealPersona()).dataQuality()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"ana.acme-soft.com", "ana@", "@acme-soft.com", "ana@acme", "ana garcia@acme-soft.com",
            "ana@@acme-soft.com", "ana@acme-soft.c"})
    void malformedEmailIsAnError(String email) {
        assertFindings(evaluate(idealPersona().email(email)))
                .containsExactly(tuple("EMAIL_INVALID", "lead.email", "ERROR", "DQ-EMAIL_INVALID"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"ana.garcia+leads@acme-soft.co.uk", "ANA@ACME-SOFT.COM", "a@b.io"})
    void wellFormedEmailIsNoFinding(String email) {
        assertThat(evaluate(idealPersona().email(email)).dataQuality()).isEmpty();
    }

    @ParameterizedTest(name = "email and phone {0}")
    @NullSource
    @ValueSource(strings = {"", "   "})
    void leadWithNeitherEmailNorPhoneIsAnError(String missing) {
        LeadEvaluation evaluation = evaluate(idealPersona().email(missing).phone(missing));

        assertFindings(evaluation)
                .containsExactly(tuple("MISSING_CONTACT", "lead.email", "ERROR", "DQ-MISSING_CONTACT"));
        assertThat(firedRule(evaluation, "DQ-MISSING_CONTACT").dimension()).isEqualTo("DATA_QUALITY");
        assertThat(firedRule(evaluation, "DQ-MISSING_CONTACT").points()).isZero();
    }

    @Test
    void anEmailAloneIsEnoughContact() {
        assertThat(evaluate(idealPersona().phone(null)).dataQuality()).isEmpty();
    }

    @Test
    void aPhoneAloneIsEnoughContact() {
        assertThat(evaluate(idealPersona().email(null)).dataQuality()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "call me maybe",       // letters
            "+34 6I2 345 678",     // a capital i among the digits
            "123 456",             // 6 digits
            "+1 234 567 890 123 456" // 16 digits
    })
    void oddPhoneNumberIsAWarning(String phone) {
        assertFindings(evaluate(idealPersona().phone(phone)))
                .containsExactly(tuple("PHONE_INVALID", "lead.phone", "WARNING", "DQ-PHONE_INVALID"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "123 4567",              // 7 digits
            "+123 456 789 012 345",  // 15 digits
            "(030) 123-45.67"        // brackets, dashes and dots are not letters
    })
    void phoneWithSevenToFifteenDigitsIsNoFinding(String phone) {
        assertThat(evaluate(idealPersona().phone(phone)).dataQuality()).isEmpty();
    }

    @ParameterizedTest(name = "company {0}")
    @NullSource
    @ValueSource(strings = {"", "  "})
    void leadWithoutCompanyIsAWarning(String company) {
        assertFindings(evaluate(idealPersona().company(company)))
                .containsExactly(tuple("MISSING_COMPANY", "lead.company", "WARNING", "DQ-MISSING_COMPANY"));
    }

    @Test
    void activityAfterTheEvaluationInstantIsAWarningNamingTheActivity() {
        LeadEvaluation evaluation = evaluate(idealPersona(), history()
                .event("EMAIL_OPEN", daysAgo(3))
                .event("DEMO_REQUESTED", afterAsOf())
                .event("PAGE_VIEW", AS_OF.plusSeconds(86_400 * 3)));

        assertFindings(evaluation).containsExactly(
                tuple("ACTIVITY_AFTER_AS_OF", "activities[1].occurredAt", "WARNING", "DQ-ACTIVITY_AFTER_AS_OF"),
                tuple("ACTIVITY_AFTER_AS_OF", "activities[2].occurredAt", "WARNING", "DQ-ACTIVITY_AFTER_AS_OF"));
        assertThat(firedRule(evaluation, "DQ-ACTIVITY_AFTER_AS_OF").firings()).isEqualTo(2);
    }

    @Test
    void activityAtTheEvaluationInstantHasHappened() {
        LeadEvaluation evaluation = evaluate(idealPersona(), history().event("DEMO_REQUESTED", AS_OF));

        assertThat(evaluation.dataQuality()).isEmpty();
    }

    @Test
    void everyFindingHasAMessage() {
        LeadEvaluation evaluation = evaluate(idealPersona().email("ana@").phone("call me").company(null),
                history().event("EMAIL_OPEN", afterAsOf()));

        assertThat(evaluation.dataQuality()).hasSize(4)
                .allSatisfy(finding -> assertThat(finding.message()).isNotBlank());
    }

    @Test
    void anAttributeTheRuleVersionDoesNotDeclareIsKeptWithAWarning() {
        LeadEvaluation evaluation = DefaultRules.evaluate(idealPersona().build()
                .withAttributes(java.util.Map.of("timeOnSite", 320)), java.util.List.of(), AS_OF);

        assertFindings(evaluation).containsExactly(
                tuple("UNDECLARED_ATTRIBUTE", "lead.attributes.timeOnSite", "WARNING", "DQ-UNDECLARED_ATTRIBUTE"));
        assertThat(evaluation.score()).isEqualTo(evaluate(idealPersona()).score());
    }

    private static ListAssert<Tuple> assertFindings(LeadEvaluation evaluation) {
        return assertThat(Explanations.findingSummaries(evaluation));
    }
}
