package io.leadrules.app.decision;

import io.leadrules.app.system.MappingConfig;
import io.leadrules.rules.evaluation.BreakdownEntry;
import io.leadrules.rules.evaluation.DataQualityFinding;
import io.leadrules.rules.evaluation.EngagementResult;
import io.leadrules.rules.evaluation.FiredRule;
import io.leadrules.rules.evaluation.FitResult;
import io.leadrules.rules.evaluation.LeadEvaluation;
import io.leadrules.rules.evaluation.NextAction;
import io.leadrules.rules.evaluation.RuleReference;
import io.leadrules.rules.evaluation.ScoreWeights;
import java.util.Map;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/**
 * The engine's evaluation -> the HTTP answer. Unmapped sources fail the build too: whatever the engine adds to its
 * explanation must reach the client or be left out on purpose.
 */
@Mapper(config = MappingConfig.class, unmappedSourcePolicy = ReportingPolicy.ERROR)
public interface ScoreResponseMapper {

    /**
     * Without {@code rulesetStatus}: only POST /api/v1/scores adds it ({@link ScoreResponse#withRulesetStatus}).
     * Without a probability: {@link CalibratedAnswers} adds the one of the version's calibration.
     */
    @Mapping(target = "rulesetStatus", ignore = true)
    @Mapping(target = "conversionProbability", ignore = true)
    @Mapping(target = "calibrationId", ignore = true)
    ScoreResponse toResponse(LeadEvaluation evaluation);

    ScoreResponse.Weights toWeights(ScoreWeights weights);

    ScoreResponse.Fit toFit(FitResult fit);

    ScoreResponse.Engagement toEngagement(EngagementResult engagement);

    ScoreResponse.Points toPoints(BreakdownEntry entry);

    ScoreResponse.Source toSource(RuleReference source);

    ScoreResponse.Action toAction(NextAction action);

    ScoreResponse.Finding toFinding(DataQualityFinding finding);

    ScoreResponse.RuleFiring toRuleFiring(FiredRule rule);

    /** A rule's translations: the rule set's own immutable map, passed on rather than copied for every answer. */
    default Map<String, String> reasons(Map<String, String> reasons) {
        return reasons;
    }
}
