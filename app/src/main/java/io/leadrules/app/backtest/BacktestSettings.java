package io.leadrules.app.backtest;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Backtests, under {@code leadrules.backtest}. A member left out gets its default.
 *
 * @param cutoffDays     the default cut-off: each lead's creation plus this many days (default 30)
 * @param pageSize       leads read and scored per page, the most a backtest holds at once (default 500)
 * @param maxDatasetSize largest uploaded dataset (default 100MB), counted as it streams in
 * @param datasetDir     where an uploaded dataset waits for its backtest (default {@code <data-dir>/backtest-datasets});
 *                       it is deleted when the backtest ends, and at startup
 * @param activationGate whether activation refuses a version whose backtest AUC is below the live one's
 */
@ConfigurationProperties("leadrules.backtest")
public record BacktestSettings(Integer cutoffDays, Integer pageSize, DataSize maxDatasetSize, Path datasetDir,
                               Gate activationGate) {

    public BacktestSettings {
        cutoffDays = cutoffDays == null ? 30 : cutoffDays;
        pageSize = pageSize == null ? 500 : pageSize;
        maxDatasetSize = maxDatasetSize == null ? DataSize.ofMegabytes(100) : maxDatasetSize;
        datasetDir = datasetDir == null ? Path.of("data", "leadrules", "backtest-datasets") : datasetDir;
        activationGate = activationGate == null ? new Gate(false, null) : activationGate;
        if (cutoffDays < 0 || pageSize <= 0) {
            throw new IllegalArgumentException("leadrules.backtest.cutoff-days must be 0 or more and page-size more "
                    + "than 0, not " + cutoffDays + " and " + pageSize);
        }
    }

    /**
     * The activation gate (off by default).
     *
     * @param enabled      refuse the activation of a version whose AUC, in its latest backtest against the live
     *                     version, is lower than the live one's by more than {@code maxAucDrop}, or that has no such
     *                     backtest
     * @param maxAucDrop   how much lower it may be (default 0.01)
     */
    public record Gate(boolean enabled, Double maxAucDrop) {

        public Gate {
            maxAucDrop = maxAucDrop == null ? 0.01 : maxAucDrop;
            if (maxAucDrop < 0 || maxAucDrop > 1) {
                throw new IllegalArgumentException("leadrules.backtest.activation-gate.max-auc-drop must be between 0 "
                        + "and 1, not " + maxAucDrop);
            }
        }
    }
}
