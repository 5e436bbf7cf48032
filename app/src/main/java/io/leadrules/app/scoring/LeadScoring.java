package io.leadrules.app.scoring;

import io.leadrules.app.decision.Decisions;
import io.leadrules.app.decision.ScoreResponse;
import io.leadrules.app.decision.ScoreResponseMapper;
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
    private final Decisions decisions;
    private final CustomDataCheck checks;
    private final Clock clock;

    LeadScoring(ActiveRuleSet rules, LeadFactsMapper facts, ScoreResponseMapper answers, Decisions decisions,
                CustomDataCheck checks, Clock clock) {
        this.rules = rules;
        this.checks = checks;
        this.facts = facts;
        this.answers = answers;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** The attributes are checked against the declarations of the very version that evaluates them. */
    ScoreResponse score(ScoreRequest request) {
        Instant asOf = request.asOf() != null ? request.asOf() : clock.instant();
        LeadEvaluation evaluation = rules.apply(set -> {
            checks.require("lead", request.lead().attributes(), request.activities(), set.attributes());
            return decisions.evaluate(facts.toInput(request, asOf), set);
        });
        return answers.toResponse(evaluation);
    }
}
