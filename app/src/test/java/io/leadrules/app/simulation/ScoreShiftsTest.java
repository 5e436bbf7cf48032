package io.leadrules.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.simulation.ImpactReport.ScoreShift;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ScoreShiftsTest {

    @Test
    void percentilesAreNearestRankOverTheExactHistogram() {
        ScoreShifts shifts = new ScoreShifts();
        int[][] pairs = {{50, 47}, {40, 40}, {10, 10}, {30, 32}, {20, 25}, {60, 65}, {0, 7}, {80, 90}, {70, 82},
                {50, 70}};
        for (int[] pair : pairs) {
            shifts.add(pair[0], pair[1]);
        }

        // shifts in order: -3 0 0 2 5 5 7 10 12 20; sum 58
        ScoreShift summary = shifts.summary();

        assertThat(summary.leadsCompared()).isEqualTo(10);
        assertThat(summary.mean()).isEqualTo(new BigDecimal("5.80"));
        assertThat(summary.min()).isEqualTo(-3);
        assertThat(summary.p10()).as("rank 1 of 10").isEqualTo(-3);
        assertThat(summary.p25()).as("rank ceil(2.5) = 3").isEqualTo(0);
        assertThat(summary.median()).as("rank 5").isEqualTo(5);
        assertThat(summary.p75()).as("rank ceil(7.5) = 8").isEqualTo(10);
        assertThat(summary.p90()).as("rank 9").isEqualTo(12);
        assertThat(summary.max()).isEqualTo(20);
    }

    @Test
    void theMeanIsRoundedHalfUpToTwoDecimals() {
        assertThat(meanOf(1, 1, 2)).isEqualTo(new BigDecimal("1.33"));
        assertThat(meanOf(1, 2, 2)).isEqualTo(new BigDecimal("1.67"));
        assertThat(meanOf(-1, -1, -2)).isEqualTo(new BigDecimal("-1.33"));
        assertThat(meanOf(1, 2)).isEqualTo(new BigDecimal("1.50"));
    }

    @Test
    void leadsScoredByOneVersionOnlyAreCountedApartFromTheShifts() {
        ScoreShifts shifts = new ScoreShifts();
        shifts.add(40, null);
        shifts.add(null, 30);
        shifts.add(null, 31);
        shifts.add(null, null);
        shifts.add(12, 12);

        ScoreShift summary = shifts.summary();

        assertThat(summary.leadsCompared()).isEqualTo(1);
        assertThat(summary.scoredOnlyBefore()).isEqualTo(1);
        assertThat(summary.scoredOnlyAfter()).isEqualTo(2);
        assertThat(summary.mean()).isEqualTo(new BigDecimal("0.00"));
        assertThat(summary.min()).isZero();
        assertThat(summary.max()).isZero();
    }

    @Test
    void withoutAnyLeadScoredByBothTheStatisticsAreNull() {
        ScoreShifts shifts = new ScoreShifts();
        shifts.add(null, 30);

        assertThat(shifts.summary()).isEqualTo(new ScoreShift(0, null, null, null, null, null, null, null, null, 0,
                1));
    }

    @Test
    void aSingleLeadIsEveryPercentile() {
        ScoreShifts shifts = new ScoreShifts();
        shifts.add(30, 21);

        ScoreShift summary = shifts.summary();

        assertThat(summary).extracting(ScoreShift::min, ScoreShift::p10, ScoreShift::p25, ScoreShift::median,
                ScoreShift::p75, ScoreShift::p90, ScoreShift::max).containsOnly(-9);
    }

    private static BigDecimal meanOf(int... shiftValues) {
        ScoreShifts shifts = new ScoreShifts();
        for (int shift : shiftValues) {
            shifts.add(50, 50 + shift);
        }
        return shifts.summary().mean();
    }
}
