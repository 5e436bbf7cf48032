package io.leadrules.ruletests;

import static io.leadrules.ruletests.ActivityFixtures.AS_OF;
import static io.leadrules.ruletests.ActivityFixtures.daysAgo;
import static io.leadrules.ruletests.ActivityHistory.history;
import static io.leadrules.ruletests.DefaultRules.compiled;
import static io.leadrules.ruletests.LeadFixtures.idealPersona;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.leadrules.rules.engine.RuleSource;
import io.leadrules.rules.engine.RunawayEvaluationException;
import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.evaluation.FiredRule;
import io.leadrules.rules.evaluation.LeadEvaluation;
import org.junit.jupiter.api.Test;

/** The cap on rule firings per evaluation ends a runaway evaluation with an error that names the rule. */
class RunawayGuardTest {

    private static final EvaluationInput FIFTY_PAGE_VIEWS = new EvaluationInput(idealPersona().build(),
            history().events(50, "PAGE_VIEW", daysAgo(1)).build(), AS_OF);

    @Test
    void tinyCapStopsTheEvaluationNamingTheRuleThatFiredMost() {
        // about 23 firings happen before engagement (flow, validity, fit); then the Decay row fires once per page
        // view, so with a cap of 40 the decay row is the rule that fired most when the cap is hit
        RunawayEvaluationException error = catchThrowableOfType(RunawayEvaluationException.class,
                () -> compiled().evaluate(FIFTY_PAGE_VIEWS, 40));

        assertThat(error.ruleId()).isEqualTo("ENG-DECAY-FRESH");
        assertThat(error.source()).isEqualTo(RuleSource.cell("EngagementPoints.drl.xlsx", "Decay", "B14"));
        assertThat(error.getMessage()).contains("'ENG-DECAY-FRESH'").contains("40");
    }

    @Test
    void capIsTheNumberOfFiringsAnEvaluationMayTake() {
        LeadEvaluation evaluation = compiled().evaluate(FIFTY_PAGE_VIEWS);
        int firings = evaluation.firedRules().stream().mapToInt(FiredRule::firings).sum();

        assertThatCode(() -> compiled().evaluate(FIFTY_PAGE_VIEWS, firings)).doesNotThrowAnyException();
        RunawayEvaluationException error = catchThrowableOfType(RunawayEvaluationException.class,
                () -> compiled().evaluate(FIFTY_PAGE_VIEWS, firings - 1));
        assertThat(compiled().catalog().byId(error.ruleId())).isPresent();
    }

    @Test
    void defaultCapLetsTheIssuesMaximumOf5000ActivitiesThrough() {
        ActivityHistory activities = history();
        String[] types = {"PAGE_VIEW", "EMAIL_OPEN", "EMAIL_CLICK", "UNSUBSCRIBED", "PODCAST_LISTENED"};
        for (int i = 0; i < 5_000; i++) {
            activities.event(types[i % types.length], daysAgo(i % 400));
        }
        EvaluationInput input = new EvaluationInput(idealPersona().build(), activities.build(), AS_OF);

        assertThatCode(() -> compiled().evaluate(input)).doesNotThrowAnyException();
    }
}
