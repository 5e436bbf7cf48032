package io.leadrules.rules.backtest.suggest;

import io.leadrules.rules.diff.RuleSetDiff;
import io.leadrules.rules.engine.RuleFile;
import java.util.List;

/**
 * Suggested points for a version, for a person to review and upload as a new draft; nothing here activates
 * anything.
 *
 * @param values    per fitted row (and per re-suggested category weight) its cell, current and suggested value
 * @param unchanged the points cells left as they are, and why
 * @param files     the version's files with the suggested values written in their cells (the others as they were)
 * @param diff      the suggested files against the current ones, cell by cell
 * @param holdout   the indices (into the observations given) of the leads the fit did not see, ascending: score
 *                  these with both versions to compare their AUC fairly
 */
public record Suggestion(List<SuggestedValue> values, List<UnchangedRow> unchanged, FitFacts fit,
                         List<RuleFile> files, RuleSetDiff diff, List<Integer> holdout) {

    public Suggestion {
        values = List.copyOf(values);
        unchanged = List.copyOf(unchanged);
        files = List.copyOf(files);
        holdout = List.copyOf(holdout);
    }

    /** The values that differ from the current ones: exactly the cells written in {@link #files()}. */
    public List<SuggestedValue> changes() {
        return values.stream().filter(SuggestedValue::changes).toList();
    }

    /**
     * A zip for the download: every file of the version (the workbooks with the suggested values, so the folder
     * uploads as it is), {@code suggested-points.csv} (one line per value and per unchanged row) and
     * {@code changes.txt} (the diff's summary).
     */
    public byte[] zip() {
        return SuggestionArchive.zip(this);
    }
}
