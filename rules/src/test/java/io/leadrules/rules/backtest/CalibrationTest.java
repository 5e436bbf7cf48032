package io.leadrules.rules.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CalibrationTest {

    private static final double[] EDGES = {0, 50, 80, 100};

    /**
     * Bands [0,50) [50,80) [80,100]: 10 and 49 in the first (1 converted, mean 29.5); 50 on the lower edge of the
     * second (converted); 80 and 100 in the last, 100 included (both converted, mean 90); -5 below, 101 above.
     */
    @Test
    void leadsFallInTheirBandsAndTheLastBandIncludesItsUpperEdge() {
        double[] scores = {10, 49, 50, 80, 100, -5, 101};
        boolean[] converted = {false, true, true, true, true, false, true};

        CalibrationTable table = Calibration.byBand(scores, converted, EDGES);

        assertThat(table.bands()).containsExactly(
                new ScoreBand(0, 50, false, Conversion.of(2, 1), 29.5),
                new ScoreBand(50, 80, false, Conversion.of(1, 1), 50.0),
                new ScoreBand(80, 100, true, Conversion.of(2, 2), 90.0));
        assertThat(table.belowFirst()).isEqualTo(Conversion.of(1, 0));
        assertThat(table.aboveLast()).isEqualTo(Conversion.of(1, 1));
    }

    @Test
    void anEmptyBandIsShownWithoutARate() {
        CalibrationTable table = Calibration.byBand(new double[] {10, 90}, new boolean[] {false, true}, EDGES);

        assertThat(table.bands().get(1).conversion()).isEqualTo(new Conversion(0, 0, null));
        assertThat(table.bands().get(1).meanScore()).isNull();
    }

    @Test
    void edgesMustAscend() {
        assertThatThrownBy(() -> Calibration.byBand(new double[] {1}, new boolean[] {true}, new double[] {0, 50, 50}))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("score band edges must be finite and strictly ascending; edge 2 is 50.0");
        assertThatThrownBy(() -> Calibration.byBand(new double[] {1}, new boolean[] {true}, new double[] {0}))
                .hasMessage("score bands need at least two edges, got 1");
    }
}
