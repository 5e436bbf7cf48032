package io.leadrules.app.scoring.batch;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.leadrules.app.decision.ScoreResponse;
import java.util.List;

/** The answer to one line of a batch, written as one NDJSON line or one CSV row. */
sealed interface LineAnswer {

    int line();

    /**
     * The default answer: what a sales queue or a CRM import needs, without the explanation.
     * {@code nextAction} is the first of the recommended actions.
     */
    record Summary(int line, String id, String externalId, boolean valid, Integer score, String grade,
                   String temperature, String stage, String funnelStage, String priority, String nextAction,
                   String rulesetVersion, List<String> firedRules) implements LineAnswer {

        static Summary of(int line, String id, String externalId, ScoreResponse answer) {
            return new Summary(line, id, externalId, answer.valid(), answer.score(),
                    answer.fit() == null ? null : answer.fit().grade(), answer.temperature(), answer.stage(),
                    answer.funnelStage(), answer.priority(), answer.nextActions() == null
                    || answer.nextActions().isEmpty() ? null : answer.nextActions().get(0).code(),
                    answer.rulesetVersion(), answer.firedRules() == null ? List.of()
                            : answer.firedRules().stream().map(ScoreResponse.RuleFiring::ruleId).toList());
        }
    }

    /** {@code ?explain=full}: the line, then every member {@code POST /api/v1/scores} answers. */
    record Full(int line, String id, String externalId, @JsonUnwrapped ScoreResponse answer) implements LineAnswer {

        @JsonIgnore
        Summary summary() {
            return Summary.of(line, id, externalId, answer);
        }
    }

    /** A line that got no score: its problem, worded as the single endpoint would. */
    record Failed(int line, String id, String externalId, @JsonUnwrapped LineProblem problem)
            implements LineAnswer {
    }
}
