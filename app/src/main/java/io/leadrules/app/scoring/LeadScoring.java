package io.leadrules.app.scoring;

import io.leadrules.app.ruleset.ActiveRuleSet;
import io.leadrules.rules.evaluation.EvaluationInput;
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
    private final Clock clock;

    LeadScoring(ActiveRuleSet rules, LeadFactsMapper facts, ScoreResponseMapper answers, ScoringSettings settings,
                Clock clock) {
        this.rules = rules;
        this.facts = facts;
        this.answers = answers;
        this.settings = settings;
        this.clock = clock;
    }

    ScoreResponse score(ScoreRequest request) {
        Instant asOf = request.asOf() != null ? request.asOf() : clock.instant();
        EvaluationInput input = facts.toInput(request, asOf);
        LeadEvaluation evaluation = rules.apply(set -> set.evaluate(input, settings.maxRuleFirings()));
        return answers.toResponse(evaluation);
    }
}
