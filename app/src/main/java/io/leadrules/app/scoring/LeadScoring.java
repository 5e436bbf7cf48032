package io.leadrules.app.scoring;

import io.leadrules.app.ruleset.ActiveRuleSet;
import io.leadrules.rules.evaluation.LeadEvaluation;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;

/** Scores one lead with the active rule set. Stateless: nothing is stored. */
@Service
class LeadScoring {

    private final ActiveRuleSet rules;
    private final LeadFactsMapper facts;
    private final ScoreResponseMapper answers;
    private final ScoringSettings settings;
    private final CustomDataCheck checks;
    private final Clock clock;

    LeadScoring(ActiveRuleSet rules, LeadFactsMapper facts, ScoreResponseMapper answers, ScoringSettings settings,
                CustomDataCheck checks, Clock clock) {
        this.rules = rules;
        this.checks = checks;
        this.facts = facts;
        this.answers = answers;
        this.settings = settings;
        this.clock = clock;
    }

    /** The attributes are checked against the declarations of the very version that evaluates them. */
    ScoreResponse score(ScoreRequest request) {
        Instant asOf = request.asOf() != null ? request.asOf() : clock.instant();
        LeadEvaluation evaluation = rules.apply(set -> {
            checks.require("lead", request.lead().attributes(), request.activities(), set.attributes());
            return set.evaluate(facts.toInput(request, asOf), settings.maxRuleFirings());
        });
        return answers.toResponse(evaluation);
    }
}
