package io.leadrules.app.backtest;

import io.leadrules.rules.backtest.Roc;
import io.leadrules.rules.backtest.UndefinedMetricException;
import io.leadrules.rules.evaluation.DataQualityFinding;
import io.leadrules.rules.evaluation.LeadEvaluation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A backtest counted lead by lead, both versions side by side, and turned into its report at the end. Holds no lead:
 * only per-lead numbers and codes ({@link Column}, {@link KeyColumn}) and running counts.
 */
final class BacktestTally {

    private final SideTally version;
    private final SideTally live;
    private final Map<String, int[]> findings = new TreeMap<>();
    private int read;
    private int backtested;
    private int converted;
    private int convertedBeforeCutoff;
    private int invalid;
    private int failures;

    BacktestTally(String versionId, Collection<String> versionRules, String liveId, Collection<String> liveRules) {
        this.version = new SideTally(versionId, versionRules);
        this.live = new SideTally(liveId, liveRules);
    }

    /** A lead both versions evaluated. */
    void add(BacktestCase lead, LeadEvaluation withVersion, LeadEvaluation withLive) {
        read++;
        version.add(withVersion, lead.converted());
        live.add(withLive, lead.converted());
        countFindings(withVersion, lead.converted());
        if (withVersion.score() == null || withLive.score() == null) {
            invalid++;
            return;
        }
        version.addScored(withVersion, lead.converted());
        live.addScored(withLive, lead.converted());
        backtested++;
        converted += lead.converted() ? 1 : 0;
        convertedBeforeCutoff += lead.convertedBeforeCutoff() ? 1 : 0;
    }

    /** A lead one of the versions could not evaluate. */
    void failed() {
        read++;
        failures++;
    }

    /** Leads offered and scored (or failed), not those left out. */
    int read() {
        return read;
    }

    int failures() {
        return failures;
    }

    BacktestReport report(String source, Cutoff cutoff, Exclusions excluded) {
        BacktestReport.Leads leads = new BacktestReport.Leads(source, cutoff.describe(), read + excluded.total(),
                backtested, converted, convertedBeforeCutoff, failures);
        return new BacktestReport(leads, excluded.summary(invalid), missingData(), version.report(), live.report(),
                difference());
    }

    private void countFindings(LeadEvaluation evaluation, boolean leadConverted) {
        Set<String> seen = new HashSet<>();
        for (DataQualityFinding finding : evaluation.dataQuality()) {
            String key = finding.code() + "\t" + (finding.field() == null ? "" : finding.field());
            if (seen.add(key)) {
                int[] count = findings.computeIfAbsent(key, k -> new int[2]);
                count[0]++;
                count[1] += leadConverted ? 1 : 0;
            }
        }
    }

    private List<BacktestReport.MissingData> missingData() {
        List<BacktestReport.MissingData> rows = new ArrayList<>();
        findings.forEach((key, count) -> {
            String[] parts = key.split("\t", -1);
            rows.add(new BacktestReport.MissingData(parts[0], parts[1].isEmpty() ? null : parts[1], count[0],
                    count[1]));
        });
        return rows;
    }

    private BacktestReport.Difference difference() {
        try {
            return new BacktestReport.Difference(Roc.compare(version.scores(), live.scores(), convertedOfScored()),
                    null);
        } catch (UndefinedMetricException e) {
            return new BacktestReport.Difference(null, e.reason().sentence());
        }
    }

    private boolean[] convertedOfScored() {
        return version.scoredConverted();
    }
}
