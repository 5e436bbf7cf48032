package io.leadrules.app.audit;

import io.leadrules.app.decision.DecisionSnapshots;
import io.leadrules.app.decision.Decisions;
import io.leadrules.app.decision.ScoreResponse;
import io.leadrules.app.decision.ScoreResponseMapper;
import io.leadrules.app.decision.StoredDecision;
import io.leadrules.app.ruleset.RuleSetHistory;
import io.leadrules.rules.evaluation.EvaluationInput;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Re-runs a decision: its stored input (lead, activities and asOf: all the engine ever sees) evaluated again with
 * the rule version and files it was made with, and the answer compared, as JSON, with the recorded result. With
 * deterministic rules the two are identical by construction; a difference means the record or the engine changed.
 * Nothing is written.
 */
@Service
class DecisionReplay {

    private final DecisionHistory history;
    private final DecisionSnapshots snapshots;
    private final RuleSetHistory ruleSets;
    private final Decisions decisions;
    private final ScoreResponseMapper answers;

    DecisionReplay(DecisionHistory history, DecisionSnapshots snapshots, RuleSetHistory ruleSets,
                   Decisions decisions, ScoreResponseMapper answers) {
        this.history = history;
        this.snapshots = snapshots;
        this.ruleSets = ruleSets;
        this.decisions = decisions;
        this.answers = answers;
    }

    ReplayResult replay(UUID decisionId) {
        StoredDecision decision = history.find(decisionId);
        EvaluationInput input = snapshots.readInput(decision.inputSnapshot());
        JsonNode replayed = ruleSets.withVersion(decision.rulesetVersion(), decision.rulesetHash(),
                rules -> asStored(answers.toResponse(decisions.evaluate(input, rules))));
        List<ReplayResult.Difference> differences = JsonDifferences.between(snapshots.tree(decision.result()),
                replayed);
        return new ReplayResult(differences.isEmpty(), differences, decision.rulesetVersion(), decision.id());
    }

    /** The replayed answer written and read back exactly as a recorded result is, so both sides compare alike. */
    private JsonNode asStored(ScoreResponse response) {
        return snapshots.tree(snapshots.write(response));
    }
}
