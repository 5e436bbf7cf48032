package io.leadrules.ruletests;

import static io.leadrules.ruletests.ActivityFixtures.daysAgo;
import static io.leadrules.ruletests.ActivityHistory.history;
import static io.leadrules.ruletests.DefaultRules.evaluate;
import static io.leadrules.ruletests.Explanations.firedRule;
import static io.leadrules.ruletests.LeadFixtures.contactOnly;
import static io.leadrules.ruletests.LeadFixtures.idealPersona;
import static io.leadrules.ruletests.LeadFixtures.marketingDirectorFromTheIssue;
import static io.leadrules.ruletests.LeadFixtures.poorFit;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.rules.evaluation.LeadEvaluation;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** LeadScore.drl and the parameters fitWeight and engagementWeight: score = round_half_up(50% x fit + 50% x engagement). */
class LeadScoreTest {

    @Test
    void weightsComeFromTheParametersAndAreCreditedToTheCombinedScore() {
        LeadEvaluation evaluation = evaluate(idealPersona());

        assertThat(evaluation.weights().fit()).isEqualTo(50);
        assertThat(evaluation.weights().engagement()).isEqualTo(50);
        assertThat(firedRule(evaluation, "SCORE-COMBINED").dimension()).isEqualTo("SCORE");
    }

    static Stream<Arguments> blends() {
        return Stream.of(
                // the issue's example: (85 + 40) / 2 = 62.5 -> 63
                Arguments.of("issue example", marketingDirectorFromTheIssue(),
                        history().event("DEMO_REQUESTED", Instant.parse("2026-11-20T10:00:00Z")), 85, 40, 63),
                // (100 + 0) / 2 = 50
                Arguments.of("ideal persona, no activity", idealPersona(), history(), 100, 0, 50),
                // (85 + 0) / 2 = 42.5 -> 43
                Arguments.of("issue lead, no activity", marketingDirectorFromTheIssue(), history(), 85, 0, 43),
                // (10 + 5) / 2 = 7.5 -> 8
                Arguments.of("poor fit, five opens", poorFit(), history().events(5, "EMAIL_OPEN", daysAgo(1)),
                        10, 5, 8),
                // (10 + 4) / 2 = 7
                Arguments.of("poor fit, four opens", poorFit(), history().events(4, "EMAIL_OPEN", daysAgo(1)),
                        10, 4, 7),
                // 40 + 40 + 40 = 120, limited to 100: (100 + 100) / 2 = 100
                Arguments.of("ideal persona, every sales-ready request", idealPersona(), history()
                        .event("DEMO_REQUESTED", daysAgo(1)).event("FREE_TRIAL_STARTED", daysAgo(1))
                        .event("CONTACT_SALES", daysAgo(1)), 100, 100, 100),
                Arguments.of("nothing known, nothing done", contactOnly(), history(), 0, 0, 0));
    }

    @ParameterizedTest(name = "{0}: fit {2}, engagement {3} -> {4}")
    @MethodSource("blends")
    void scoreBlendsFitAndEngagementHalfAndHalfRoundingHalfUp(String situation, LeadBuilder lead,
                                                              ActivityHistory activities, int fit, int engagement,
                                                              int score) {
        LeadEvaluation evaluation = evaluate(lead, activities);

        assertThat(evaluation.fit().score()).as("fit").isEqualTo(fit);
        assertThat(evaluation.engagement().score()).as("engagement").isEqualTo(engagement);
        assertThat(evaluation.score()).as("score").isEqualTo(score);
    }
}
