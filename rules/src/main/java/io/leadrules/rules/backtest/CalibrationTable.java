package io.leadrules.rules.backtest;

import java.util.List;

/**
 * Observed conversion by score band, one row per band the caller asked for (empty bands included).
 *
 * @param belowFirst leads scored below the first edge: counted here, not dropped
 * @param aboveLast  leads scored above the last edge: counted here, not dropped
 */
public record CalibrationTable(List<ScoreBand> bands, Conversion belowFirst, Conversion aboveLast) {

    public CalibrationTable {
        bands = List.copyOf(bands);
    }
}
