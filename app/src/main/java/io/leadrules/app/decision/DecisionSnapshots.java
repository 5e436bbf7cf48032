package io.leadrules.app.decision;

import io.leadrules.rules.evaluation.EvaluationInput;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of what a decision stores: the engine's whole input (lead, activities, asOf) and its whole answer
 * (the scoring response). Replaying a decision reads its input back: that input is all the engine ever sees.
 */
@Component
public class DecisionSnapshots {

    private final JsonMapper json;

    DecisionSnapshots(JsonMapper json) {
        this.json = json;
    }

    public String write(EvaluationInput input) {
        return json.writeValueAsString(input);
    }

    public String write(ScoreResponse result) {
        return json.writeValueAsString(result);
    }

    public EvaluationInput readInput(String snapshot) {
        return json.readValue(snapshot, EvaluationInput.class);
    }

    public JsonNode tree(String snapshot) {
        return json.readTree(snapshot);
    }

    public JsonNode tree(ScoreResponse result) {
        return json.valueToTree(result);
    }

    public String write(JsonNode tree) {
        return json.writeValueAsString(tree);
    }
}
