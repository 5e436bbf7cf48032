package io.leadrules.app.backtest;

import io.leadrules.rules.backtest.AucEstimate;
import io.leadrules.rules.backtest.Calibration;
import io.leadrules.rules.backtest.Categories;
import io.leadrules.rules.backtest.Gains;
import io.leadrules.rules.backtest.GainsTable;
import io.leadrules.rules.backtest.Roc;
import io.leadrules.rules.backtest.RuleFirings;
import io.leadrules.rules.backtest.Selection;
import io.leadrules.rules.backtest.UndefinedMetricException;
import io.leadrules.rules.evaluation.FiredRule;
import io.leadrules.rules.evaluation.LeadEvaluation;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * One version's side of a backtest, counted lead by lead: the categories and the rules over every lead it evaluated,
 * the scores and stages over the leads both versions scored (so the two sides rank the same leads).
 */
final class SideTally {

    static final List<String> GRADES = List.of("A", "B", "C", "D");
    static final List<String> TEMPERATURES = List.of("HOT", "WARM", "COLD");
    static final List<String> STAGES = List.of("SQL", "MQL", "LEAD", "DISQUALIFIED", "INVALID");
    static final List<String> PRIORITIES = List.of("P1", "P2", "P3", "P4");
    private static final Set<String> MQL_OR_BETTER = Set.of("MQL", "SQL");
    private static final double[] BANDS = {0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100};

    private final String version;
    private final RuleFirings rules;
    private final KeyColumn grades = new KeyColumn();
    private final KeyColumn temperatures = new KeyColumn();
    private final KeyColumn stages = new KeyColumn();
    private final KeyColumn priorities = new KeyColumn();
    private final Column everyLead = new Column();
    private final Column scores = new Column();
    private final Column mql = new Column();
    private final Column sql = new Column();

    SideTally(String version, Collection<String> ruleIds) {
        this.version = version;
        this.rules = new RuleFirings(ruleIds);
    }

    /** Any lead the version evaluated, valid or not. */
    void add(LeadEvaluation evaluation, boolean converted) {
        grades.add(evaluation.fit() == null ? null : evaluation.fit().grade());
        temperatures.add(evaluation.temperature());
        stages.add(evaluation.stage());
        priorities.add(evaluation.priority());
        everyLead.add(0, converted);
        rules.record(converted, evaluation.firedRules().stream().map(FiredRule::ruleId).toList());
    }

    /** A lead both versions scored: its score and stage rank it. */
    void addScored(LeadEvaluation evaluation, boolean converted) {
        scores.add(evaluation.score(), converted);
        mql.add(0, MQL_OR_BETTER.contains(evaluation.stage()));
        sql.add(0, "SQL".equals(evaluation.stage()));
    }

    double[] scores() {
        return scores.numbers();
    }

    boolean[] scoredConverted() {
        return scores.flags();
    }

    BacktestReport.Side report() {
        double[] scored = scores.numbers();
        boolean[] converted = scores.flags();
        boolean[] all = everyLead.flags();
        AucEstimate auc = null;
        GainsTable gains = null;
        String undefined = null;
        try {
            gains = Gains.byDecile(scored, converted);
            auc = Roc.auc(scored, converted);
        } catch (UndefinedMetricException e) {
            undefined = e.reason().sentence();
        }
        return new BacktestReport.Side(version, auc, undefined, gains,
                Categories.conversionBy(grades.keys(), all, GRADES),
                Categories.conversionBy(temperatures.keys(), all, TEMPERATURES),
                Categories.conversionBy(stages.keys(), all, STAGES),
                Categories.conversionBy(priorities.keys(), all, PRIORITIES),
                Selection.quality(mql.flags(), converted), Selection.quality(sql.flags(), converted),
                Calibration.byBand(scored, converted, BANDS), rules.table());
    }
}
