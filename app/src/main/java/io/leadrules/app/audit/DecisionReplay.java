package io.leadrules.app.audit;

import io.leadrules.app.decision.CalibratedAnswers;
import io.leadrules.app.decision.DecisionSnapshots;
import io.leadrules.app.decision.Decisions;
import io.leadrules.app.decision.ScoreResponse;
import io.leadrules.app.decision.StoredDecision;
import io.leadrules.app.ruleset.RuleSetHistory;
import io.leadrules.rules.evaluation.EvaluationInput;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Re-runs a decision: its stored input (lead, activities and asOf: all the engine ever sees) evaluated again with
 * the rule version and files it was made with, and the answer compared, as JSON, with the recorded result. With
 * deterministic rules the two are identical by construction (the conversion probability is taken from the calibration
 * the decision recorded); a difference means the record or the engine changed.
 * Nothing is written.
 */
@Service
public class DecisionReplay {

    private static final String REASONS = "reasons";

    private final DecisionHistory history;
    private final DecisionSnapshots snapshots;
    private final RuleSetHistory ruleSets;
    private final Decisions decisions;
    private final CalibratedAnswers answers;

    DecisionReplay(DecisionHistory history, DecisionSnapshots snapshots, RuleSetHistory ruleSets,
                   Decisions decisions, CalibratedAnswers answers) {
        this.history = history;
        this.snapshots = snapshots;
        this.ruleSets = ruleSets;
        this.decisions = decisions;
        this.answers = answers;
    }

    public ReplayResult replay(UUID decisionId) {
        StoredDecision decision = history.find(decisionId);
        EvaluationInput input = snapshots.readInput(decision.inputSnapshot());
        JsonNode recorded = snapshots.tree(decision.result());
        UUID calibration = calibrationOf(recorded);
        JsonNode replayed = ruleSets.withVersion(decision.rulesetVersion(), decision.rulesetHash(),
                rules -> asStored(answers.answer(decisions.evaluate(input, rules), calibration)));
        if (recorded.findValue(REASONS) == null) {
            withoutTranslations(replayed);
        }
        List<ReplayResult.Difference> differences = JsonDifferences.between(recorded, replayed);
        return new ReplayResult(differences.isEmpty(), differences, decision.rulesetVersion(), decision.id());
    }

    /**
     * The calibration the decision recorded (null: none), not the one in use now: approving a newer calibration
     * changes the probability of decisions to come, never what a past one said.
     */
    private static UUID calibrationOf(JsonNode recorded) {
        JsonNode id = recorded.get("calibrationId");
        return id == null || !id.isString() ? null : UUID.fromString(id.asString());
    }

    /**
     * A decision recorded without translations (made before reasons had languages) is compared in the default language
     * only: the replay's translations of its version's reasons are left out, as the record never had them. Both sides
     * otherwise compare as stored, every language included.
     */
    private static void withoutTranslations(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(REASONS);
        }
        for (JsonNode member : node) {
            withoutTranslations(member);
        }
    }

    /** The replayed answer written and read back exactly as a recorded result is, so both sides compare alike. */
    private JsonNode asStored(ScoreResponse response) {
        return snapshots.tree(snapshots.write(response));
    }
}
