package io.leadrules.ruletests;

import static io.leadrules.ruletests.ActivityFixtures.daysAgo;
import static io.leadrules.ruletests.ActivityHistory.history;
import static io.leadrules.ruletests.DefaultRules.evaluate;
import static io.leadrules.ruletests.Explanations.actionCodes;
import static io.leadrules.ruletests.Explanations.findingCodes;
import static io.leadrules.ruletests.Explanations.firedRuleIds;
import static io.leadrules.ruletests.LeadFixtures.idealPersona;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.leadrules.rules.evaluation.LeadEvaluation;
import io.leadrules.rules.evaluation.NextAction;
import io.leadrules.rules.vocabulary.Consent;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** LeadValidation.drl: no consent or a profiling objection makes the lead INVALID; an objection wins. */
class LeadValidationTest {

    static Stream<Arguments> withoutConsent() {
        return Stream.of(
                Arguments.of("no consent given at all", null),
                Arguments.of("data processing refused", new Consent(false, false, "2026-01", null)),
                Arguments.of("data processing not answered", new Consent(null, null, "2026-01", null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withoutConsent")
    void leadWithoutConsentIsInvalidAndNotScored(String situation, Consent consent) {
        LeadEvaluation evaluation = evaluate(idealPersona().consent(consent),
                history().event("DEMO_REQUESTED", daysAgo(2)));

        assertThat(evaluation.valid()).isFalse();
        assertThat(evaluation.stage()).isEqualTo("INVALID");
        assertThat(evaluation.score()).isNull();
        assertThat(evaluation.fit().score()).isNull();
        assertThat(evaluation.engagement().score()).isNull();
        assertThat(evaluation.temperature()).isNull();
        assertThat(evaluation.funnelStage()).isNull();
        assertThat(evaluation.priority()).isNull();
        assertThat(firedRuleIds(evaluation)).contains("VALID-NO-CONSENT")
                .doesNotContain("VALID-OBJECTION", "VALID-CONSENTED");
    }

    @Test
    void leadWithoutConsentIsAskedForConsentAndNothingElse() {
        LeadEvaluation evaluation = evaluate(idealPersona().withoutConsent(),
                history().event("DEMO_REQUESTED", daysAgo(2)));

        assertThat(evaluation.nextActions()).extracting(NextAction::code, NextAction::ruleId)
                .containsExactly(tuple("REQUEST_CONSENT", "VALID-NO-CONSENT"));
        assertThat(evaluation.nextActions().get(0).content()).isNotBlank();
    }

    @Test
    void objectionToProfilingMakesAConsentedLeadInvalid() {
        LeadEvaluation evaluation = evaluate(idealPersona().objectingToProfiling(),
                history().event("DEMO_REQUESTED", daysAgo(2)));

        assertThat(evaluation.valid()).isFalse();
        assertThat(evaluation.stage()).isEqualTo("INVALID");
        assertThat(evaluation.score()).isNull();
        assertThat(evaluation.priority()).isNull();
        assertThat(evaluation.nextActions()).extracting(NextAction::code, NextAction::ruleId)
                .containsExactly(tuple("DO_NOT_PROFILE", "VALID-OBJECTION"));
        assertThat(firedRuleIds(evaluation)).contains("VALID-OBJECTION")
                .doesNotContain("VALID-NO-CONSENT", "VALID-CONSENTED");
    }

    @Test
    void objectionWinsOverMissingConsent() {
        LeadEvaluation evaluation = evaluate(idealPersona().consent(new Consent(false, true, "2026-01", null)));

        assertThat(firedRuleIds(evaluation)).contains("VALID-OBJECTION").doesNotContain("VALID-NO-CONSENT");
        assertThat(actionCodes(evaluation)).containsExactly("DO_NOT_PROFILE");
    }

    @Test
    void objectionWinsOverADisqualifyingDataError() {
        LeadEvaluation evaluation = evaluate(idealPersona().objectingToProfiling().email("ana@mailinator.com"));

        assertThat(evaluation.stage()).isEqualTo("INVALID");
        assertThat(actionCodes(evaluation)).containsExactly("DO_NOT_PROFILE");
        assertThat(findingCodes(evaluation)).containsExactly("EMAIL_DISPOSABLE");
    }

    static Stream<Arguments> consented() {
        return Stream.of(
                Arguments.of("objection answered no", new Consent(true, false, "2026-01", null)),
                Arguments.of("objection not answered", new Consent(true, null, null, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("consented")
    void consentedLeadIsValidAndScored(String situation, Consent consent) {
        LeadEvaluation evaluation = evaluate(idealPersona().consent(consent));

        assertThat(evaluation.valid()).isTrue();
        assertThat(firedRuleIds(evaluation)).contains("VALID-CONSENTED")
                .doesNotContain("VALID-NO-CONSENT", "VALID-OBJECTION");
        // ideal persona, no activity: fit 100, engagement 0, score round_half_up(50 + 0) = 50
        assertThat(evaluation.fit().score()).isEqualTo(100);
        assertThat(evaluation.engagement().score()).isZero();
        assertThat(evaluation.score()).isEqualTo(50);
        assertThat(evaluation.stage()).isNotEqualTo("INVALID");
        assertThat(actionCodes(evaluation)).doesNotContain("REQUEST_CONSENT", "DO_NOT_PROFILE");
    }
}
