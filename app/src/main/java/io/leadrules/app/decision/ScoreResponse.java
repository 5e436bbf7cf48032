package io.leadrules.app.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The answer of {@code POST /api/v1/scores}. These member names are a contract: add members, never rename them.
 * Members without a value are written as {@code null}, never left out (an INVALID lead has a null score), but for
 * {@code rulesetStatus}: only {@code POST /api/v1/scores} says which status its version had ({@code ACTIVE}, or
 * {@code DRAFT} or {@code RETIRED} when {@code ?version=} named one); stored decisions do not carry it, so that their
 * snapshots, replays and rescoring comparisons stay as they were. {@code conversionProbability} and
 * {@code calibrationId} are left out too unless the version has an approved calibration (and the lead a score): a
 * probability is never invented, and decisions stored before calibrations existed stay byte for byte as they were.
 * {@code reasons} (a rule's reason in the version's other languages) is left out the same way when the version has
 * no translation, so a decision of such a version is written exactly as before.
 */
public record ScoreResponse(String rulesetVersion, Instant asOf, boolean valid, Integer score, Weights weights,
                     Fit fit, Engagement engagement, String temperature, String stage, String funnelStage,
                     String priority, List<Action> nextActions, List<Finding> dataQuality,
                     List<RuleFiring> firedRules,
                     @JsonInclude(JsonInclude.Include.NON_NULL)
                     @Schema(description = "The chance (0..1, 4 decimals) that a lead with this score converts, by the "
                             + "version's approved calibration; absent without one, and for an INVALID lead")
                     Double conversionProbability,
                     @JsonInclude(JsonInclude.Include.NON_NULL)
                     @Schema(description = "The calibration conversionProbability comes from; absent with it")
                     UUID calibrationId,
                     @JsonInclude(JsonInclude.Include.NON_NULL)
                     @Schema(description = "POST /api/v1/scores only: ACTIVE, or DRAFT or RETIRED for ?version=",
                             allowableValues = {"ACTIVE", "DRAFT", "RETIRED"})
                     String rulesetStatus) {

    /**
     * The answer as scored with a version of the given status (POST /api/v1/scores). Static, so that MapStruct does
     * not take it for a setter.
     */
    public static ScoreResponse withRulesetStatus(ScoreResponse a, String status) {
        return new ScoreResponse(a.rulesetVersion, a.asOf, a.valid, a.score, a.weights, a.fit, a.engagement,
                a.temperature, a.stage, a.funnelStage, a.priority, a.nextActions, a.dataQuality, a.firedRules,
                a.conversionProbability, a.calibrationId, status);
    }

    /** The answer with its explanation replaced (its reasons shown in another language). Static for the same reason. */
    public static ScoreResponse withExplanation(ScoreResponse a, Fit fit, Engagement engagement, List<Action> nextActions,
                                                List<RuleFiring> firedRules) {
        return new ScoreResponse(a.rulesetVersion, a.asOf, a.valid, a.score, a.weights, fit, engagement,
                a.temperature, a.stage, a.funnelStage, a.priority, nextActions, a.dataQuality, firedRules,
                a.conversionProbability, a.calibrationId, a.rulesetStatus);
    }

    /** The answer with a calibration's probability for its score. Static for the same reason. */
    public static ScoreResponse withProbability(ScoreResponse a, double probability, UUID calibrationId) {
        return new ScoreResponse(a.rulesetVersion, a.asOf, a.valid, a.score, a.weights, a.fit, a.engagement,
                a.temperature, a.stage, a.funnelStage, a.priority, a.nextActions, a.dataQuality, a.firedRules,
                probability, calibrationId, a.rulesetStatus);
    }

    /** How much fit and engagement weigh in the combined score, in percent. */
    @Schema(name = "ScoreWeights")
    public record Weights(Integer fit, Integer engagement) {
    }

    /** Who the lead is: 0-100, a grade, and the points per category. */
    @Schema(name = "FitScore")
    public record Fit(Integer score, String grade, List<Points> breakdown) {
    }

    /** What the lead did: 0-100 and the points per activity type and signal. */
    @Schema(name = "EngagementScore")
    public record Engagement(Integer score, List<Points> breakdown) {
    }

    /** The points one category, activity type or signal adds, the rule that gave them and why. */
    @Schema(name = "ScorePoints")
    public record Points(String category, int points, String ruleId, String reason, String detail, Source source,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY)
                         @Schema(description = "The reason in each other language the rule version has, by ISO 639-1 "
                                 + "code (es); absent when it has none. reason is in the language asked for "
                                 + "(Accept-Language) when the version has it, else in English")
                         Map<String, String> reasons) {
    }

    /**
     * Where a rule is written: {@code file}, {@code sheet} and {@code cell} for a spreadsheet row, {@code file} and
     * {@code line} for DRL; the members that do not apply are null.
     */
    @Schema(name = "RuleSource")
    public record Source(String file, String sheet, String cell, Integer line) {
    }

    /** A recommended next step, most important first. */
    @Schema(name = "NextAction")
    public record Action(String code, String content, String reason, String ruleId,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY)
                         @Schema(description = "The reason in each other language the rule version has, by ISO 639-1 "
                                 + "code (es); absent when it has none. reason is in the language asked for "
                                 + "(Accept-Language) when the version has it, else in English")
                         Map<String, String> reasons) {
    }

    /** Something wrong or missing in the lead's data; {@code severity} is ERROR, WARNING or INFO. */
    @Schema(name = "DataQualityFinding")
    public record Finding(String code, String field, String severity, String message, String ruleId) {
    }

    /** A rule that fired, in order of first firing, with the points it earned and how often it fired. */
    @Schema(name = "FiredRule")
    public record RuleFiring(String ruleId, String name, String dimension, int points, String reason, Source source,
                      int firings,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY)
                         @Schema(description = "The reason in each other language the rule version has, by ISO 639-1 "
                                 + "code (es); absent when it has none. reason is in the language asked for "
                                 + "(Accept-Language) when the version has it, else in English")
                         Map<String, String> reasons) {
    }
}
