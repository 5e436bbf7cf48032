package io.leadrules.rules.backtest.suggest;

import io.leadrules.rules.backtest.ObservedLead;
import io.leadrules.rules.backtest.UndefinedMetricException;
import io.leadrules.rules.backtest.UndefinedMetricException.Reason;
import io.leadrules.rules.diff.RuleSetDiff;
import io.leadrules.rules.engine.RuleFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Suggests points for a version from a backtest's observations: a regularised logistic regression of conversion on
 * the version's own points rows (see ADR 0022), its coefficients put back on the version's scales and written into a
 * copy of its workbooks. Deterministic: the same files, observations and settings give the same suggestion. It only
 * reads and writes bytes; uploading the copy as a draft and activating it stay a person's decisions.
 */
public final class SuggestedPoints {

    private SuggestedPoints() {
    }

    public static Suggestion suggest(List<RuleFile> files, List<ObservedLead> observations) {
        return suggest(files, observations, SuggestionSettings.defaults());
    }

    /**
     * @param files        the version's rule files as stored (workbooks, DRL, scenarios)
     * @param observations one per lead, in a stable order (the holdout is chosen by index)
     * @throws UndefinedMetricException when the training part has no converted lead or no lead that did not convert
     * @throws io.leadrules.rules.engine.RuleSetCompilationException when a workbook cannot be read
     */
    public static Suggestion suggest(List<RuleFile> files, List<ObservedLead> observations,
                                     SuggestionSettings settings) {
        VersionTables tables = VersionTables.read(files);
        List<PointRow> rows = tables.rows();
        Features features = Features.of(rows, observations, tables);
        boolean[] held = Holdout.choose(observations.size(), settings.seed(), settings.holdoutShare());
        int[] training = IntStream.range(0, observations.size()).filter(i -> !held[i]).toArray();
        boolean[] converted = bothOutcomes(observations, training);
        int[] leads = firedFor(features, training, rows.size());
        List<UnchangedRow> unchanged = new ArrayList<>(tables.unsuggested());
        int[] fitted = fittedColumns(rows, leads, tables, settings, unchanged);
        double[][] x = matrix(features, training, fitted);
        LogisticFit.Coefficients fit = LogisticFit.fit(x, converted, settings.regularisation(), settings.seed());
        double[] beta = GroupBaselines.shifted(rows, perRow(rows.size(), fitted, fit.weights()), features, training);
        PointScale scale = new PointScale(rows, beta, leads, tables);
        double pointsPerLogOdds = scale.pointsPerLogOdds(ScoreSpread.pointsPerLogOdds(observations, training, x,
                fit.weights()));
        FitFacts facts = new FitFacts(training.length, observations.size() - training.length, settings.seed(),
                settings.holdoutShare(), settings.regularisation(), fit.converged(), features.ignoredRuleIds(),
                pointsPerLogOdds);
        return written(files, scale.values(pointsPerLogOdds), unchanged, facts,
                IntStream.range(0, observations.size()).filter(i -> held[i]).boxed().toList());
    }

    /** The suggestion with its values written into a copy of the files, and that copy's diff. */
    private static Suggestion written(List<RuleFile> files, List<SuggestedValue> values,
                                      List<UnchangedRow> unchanged, FitFacts facts, List<Integer> holdout) {
        List<RuleFile> suggested = WorkbookCells.write(files, values.stream().filter(SuggestedValue::changes)
                .map(v -> new SuggestedCell(v.file(), v.sheet(), v.cell(), v.suggested())).toList());
        return new Suggestion(values, unchanged, facts, suggested, RuleSetDiff.between(files, suggested), holdout);
    }

    /** The coefficients per row of the version; NaN for a row that was not fitted. */
    private static double[] perRow(int rows, int[] fitted, double[] weights) {
        double[] beta = new double[rows];
        Arrays.fill(beta, Double.NaN);
        for (int k = 0; k < fitted.length; k++) {
            beta[fitted[k]] = weights[k];
        }
        return beta;
    }

    private static boolean[] bothOutcomes(List<ObservedLead> observations, int[] training) {
        boolean[] converted = new boolean[training.length];
        int positives = 0;
        for (int k = 0; k < training.length; k++) {
            converted[k] = observations.get(training[k]).converted();
            positives += converted[k] ? 1 : 0;
        }
        if (training.length == 0) {
            throw new UndefinedMetricException(Reason.NO_LEADS);
        }
        if (positives == 0) {
            throw new UndefinedMetricException(Reason.NO_CONVERTED_LEADS);
        }
        if (positives == training.length) {
            throw new UndefinedMetricException(Reason.NO_UNCONVERTED_LEADS);
        }
        return converted;
    }

    private static int[] firedFor(Features features, int[] training, int columns) {
        int[] leads = new int[columns];
        for (int i : training) {
            double[] x = features.lead(i);
            for (int j = 0; j < columns; j++) {
                leads[j] += x[j] != 0 ? 1 : 0;
            }
        }
        return leads;
    }

    /** The rows the regression fits; the others go to {@code unchanged} with their reason. */
    private static int[] fittedColumns(List<PointRow> rows, int[] leads, VersionTables tables,
                                       SuggestionSettings settings, List<UnchangedRow> unchanged) {
        List<Integer> fitted = new ArrayList<>();
        for (int j = 0; j < rows.size(); j++) {
            PointRow row = rows.get(j);
            int weight = row.kind().isFit() ? tables.fitWeight() : tables.engagementWeight();
            String reason = weight <= 0 ? UnchangedRow.zeroDimensionWeight(row.kind().isFit() ? "fitWeight"
                    : "engagementWeight") : leads[j] < settings.minLeads()
                    ? UnchangedRow.notEnoughData(leads[j], settings.minLeads()) : null;
            if (reason == null) {
                fitted.add(j);
            } else {
                unchanged.add(new UnchangedRow(row.ruleId(), row.file(), row.sheet(), row.cell(),
                        String.valueOf(row.current()), reason));
            }
        }
        return fitted.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double[][] matrix(Features features, int[] training, int[] fitted) {
        double[][] x = new double[training.length][fitted.length];
        for (int k = 0; k < training.length; k++) {
            double[] lead = features.lead(training[k]);
            for (int c = 0; c < fitted.length; c++) {
                x[k][c] = lead[fitted[c]];
            }
        }
        return x;
    }
}
