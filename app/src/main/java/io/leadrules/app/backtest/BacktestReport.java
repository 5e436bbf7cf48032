package io.leadrules.app.backtest;

import io.leadrules.rules.backtest.AucComparison;
import io.leadrules.rules.backtest.AucEstimate;
import io.leadrules.rules.backtest.CalibrationTable;
import io.leadrules.rules.backtest.CategoryTable;
import io.leadrules.rules.backtest.GainsTable;
import io.leadrules.rules.backtest.RuleRow;
import io.leadrules.rules.backtest.SelectionQuality;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * What a backtest found: the leads it read and what became of them, those it could not use and why, and for the
 * version and, side by side, the version live when it started, how well each score ranks and sorts the leads that
 * converted. A metric the data cannot give (an AUC without a single converted lead) is null with its reason beside
 * it, never an invented number.
 *
 * @param leads       the leads read, backtested and converted
 * @param excluded    the leads left out, by reason (none is dropped silently)
 * @param missingData per data-quality finding of the version (a field that was empty or unreadable), the leads it
 *                    was found for and how many of them converted
 * @param version     the version backtested
 * @param live        the version live when the backtest started
 * @param difference  the version's AUC minus the live one's, with its paired (DeLong) interval
 */
public record BacktestReport(Leads leads, Excluded excluded, List<MissingData> missingData, Side version, Side live,
                             Difference difference) {

    /**
     * @param read                  leads the source offered (stored leads with an outcome, or data rows)
     * @param backtested            leads both versions scored: the leads of the AUC, gains, calibration and stages
     * @param converted             of those, the converted ones
     * @param convertedBeforeCutoff of those, the ones that converted before their cut-off (their score may already
     *                              reflect the conversion: a shorter cut-off avoids that)
     * @param failures              leads one of the versions could not evaluate
     */
    public record Leads(String source, String cutoff, int read, int backtested, int converted,
                        int convertedBeforeCutoff, int failures) {
    }

    /**
     * @param noOutcome          data rows with an empty outcome
     * @param notCreatedByCutoff leads created after a fixed cut-off: nothing was known of them then
     * @param cutoffInFuture     leads whose cut-off has not come yet (created less than the cut-off's days ago)
     * @param rejectedRows       data rows with a bad cell, the first of them in {@code firstRejectedRows}
     * @param invalid            leads one of the versions judged INVALID (no consent): they have no score; the
     *                           tables by grade, temperature, stage and priority and the rules still count them
     */
    public record Excluded(int noOutcome, int notCreatedByCutoff, int cutoffInFuture, int rejectedRows, int invalid,
                           List<String> firstRejectedRows) {
    }

    /** A data-quality finding of the version: how many leads had it, and how many of them converted. */
    public record MissingData(String code, String field, int leads, int converted) {
    }

    /**
     * One version's measures.
     *
     * @param auc           the ROC AUC with its DeLong 95% interval, or null with {@code undefined} saying why
     * @param undefined     why the AUC or the gains are null (no lead converted, or every lead did), else null
     * @param gains         leads by score decile, best first, with conversion, cumulative capture and lift
     * @param mql           the leads the version makes MQL or SQL, as a selection: precision (how many of them
     *                      converted) and recall (how many converters it catches)
     * @param sql           the same for SQL alone
     * @param calibration   observed conversion per band of ten score points
     * @param rules         per rule of the version: leads it fired for and their conversion, beside those it did not
     */
    public record Side(String rulesetVersion, AucEstimate auc, String undefined, GainsTable gains,
                       CategoryTable byGrade, CategoryTable byTemperature, CategoryTable byStage,
                       CategoryTable byPriority, SelectionQuality mql, SelectionQuality sql,
                       CalibrationTable calibration, List<RuleRow> rules) {
    }

    /** The paired comparison, or null with {@code undefined} saying why. */
    @Schema(name = "BacktestDifference", description = "The paired comparison of the two AUCs")
    public record Difference(AucComparison auc, String undefined) {
    }
}
