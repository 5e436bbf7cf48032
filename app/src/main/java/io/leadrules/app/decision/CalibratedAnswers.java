package io.leadrules.app.decision;

import io.leadrules.rules.evaluation.LeadEvaluation;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The answer to an evaluation, with the conversion probability of a calibration of its version when there is one:
 * the one in use now for a new answer, the one a decision recorded for its replay (so a replay stays identical after
 * a newer calibration is approved). An INVALID lead has no score, so no probability either.
 */
@Component
public class CalibratedAnswers {

    private final ScoreResponseMapper answers;
    private final ConversionProbabilities probabilities;

    CalibratedAnswers(ScoreResponseMapper answers, ConversionProbabilities probabilities) {
        this.answers = answers;
        this.probabilities = probabilities;
    }

    /** The answer, with the probability of the calibration in use for its version now, if any. */
    public ScoreResponse answer(LeadEvaluation evaluation) {
        ScoreResponse response = answers.toResponse(evaluation);
        return with(response, probabilities.inUse(response.rulesetVersion()));
    }

    /** The answer, with the probability of the given calibration; {@code calibrationId} null: none. */
    public ScoreResponse answer(LeadEvaluation evaluation, UUID calibrationId) {
        ScoreResponse response = answers.toResponse(evaluation);
        return calibrationId == null ? response : with(response, probabilities.byId(calibrationId));
    }

    private static ScoreResponse with(ScoreResponse response, Optional<ConversionProbabilities.Calibrated> calibrated) {
        if (calibrated.isEmpty() || !response.valid() || response.score() == null) {
            return response;
        }
        ConversionProbabilities.Calibrated calibration = calibrated.get();
        return ScoreResponse.withProbability(response, calibration.probability(response.score()), calibration.id());
    }
}
