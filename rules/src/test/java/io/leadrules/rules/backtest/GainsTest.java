package io.leadrules.rules.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.leadrules.rules.backtest.UndefinedMetricException.Reason;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class GainsTest {

    private static final double[] SCORES = {90, 70, 50, 70, 60, 30, 10};
    private static final boolean[] CONVERTED = {true, true, true, false, false, false, false};

    /**
     * Best first: 90(c) 70(c) 70 60 50(c) 30 10, positions 0..6 of n = 7; nominal decile 10p/7 + 1 gives
     * 1, 2, 3, 5, 6, 8, 9. The tie at 70 (positions 1 and 2) goes whole into decile 2, where its first lead falls,
     * so decile 3 is empty and left out, as are 4, 7 and 10. Overall rate 3/7.
     * decile 1: 1 lead, 1 converted, rate 1, lift 7/3; cumulative 1/1, gain 1/3, cumulative lift 7/3.
     * decile 2: 2 leads, 1 converted, rate 1/2, lift 7/6; cumulative 3 leads 2 converted, gain 2/3, cum. lift 14/9.
     * decile 5: 60, rate 0, lift 0; cumulative 4 leads 2 converted, gain 2/3, cumulative lift 7/6.
     * decile 6: 50(c), lift 7/3; cumulative 5 leads 3 converted, gain 1, cumulative lift 7/5.
     * decile 8: 30, lift 0; cumulative 6 leads, cumulative lift 7/6. decile 9: 10, lift 0; cumulative lift 1.
     */
    @Test
    void smallCaseWorkedByHand() {
        GainsTable table = Gains.byDecile(SCORES, CONVERTED);

        assertThat(table.leads()).isEqualTo(7);
        assertThat(table.converted()).isEqualTo(3);
        assertThat(table.overallRate()).isEqualTo(3.0 / 7);
        assertThat(table.deciles()).extracting(DecileRow::decile).containsExactly(1, 2, 5, 6, 8, 9);
        assertThat(table.deciles()).extracting(DecileRow::conversion).containsExactly(
                Conversion.of(1, 1), Conversion.of(2, 1), Conversion.of(1, 0), Conversion.of(1, 1),
                Conversion.of(1, 0), Conversion.of(1, 0));
        DecileRow second = table.deciles().get(1);
        assertThat(second.minScore()).isEqualTo(70);
        assertThat(second.maxScore()).isEqualTo(70);
        assertThat(second.cumulativeLeads()).isEqualTo(3);
        assertThat(second.cumulativeConverted()).isEqualTo(2);
        assertThat(second.cumulativeShare()).isCloseTo(3.0 / 7, within(1e-15));
        assertThat(column(table, DecileRow::lift))
                .containsExactly(new double[] {7.0 / 3, 7.0 / 6, 0, 7.0 / 3, 0, 0}, within(1e-15));
        assertThat(column(table, DecileRow::cumulativeLift))
                .containsExactly(new double[] {7.0 / 3, 14.0 / 9, 7.0 / 6, 7.0 / 5, 7.0 / 6, 1.0}, within(1e-15));
        assertThat(column(table, DecileRow::gain))
                .containsExactly(new double[] {1.0 / 3, 2.0 / 3, 2.0 / 3, 1, 1, 1}, within(1e-15));
    }

    @Test
    void theTableDoesNotDependOnTheOrderOfTheLeads() {
        double[] shuffled = {70, 10, 50, 30, 90, 60, 70};
        boolean[] outcomes = {false, false, true, false, true, false, true};

        assertThat(Gains.byDecile(shuffled, outcomes)).isEqualTo(Gains.byDecile(SCORES, CONVERTED));
    }

    @Test
    void distinctScoresMakeTenEqualDecilesBestFirst() {
        double[] scores = new double[100];
        boolean[] converted = new boolean[100];
        for (int i = 0; i < 100; i++) {
            scores[i] = i;
            converted[i] = i >= 80;
        }

        GainsTable table = Gains.byDecile(scores, converted);

        assertThat(table.deciles()).hasSize(10);
        assertThat(table.deciles()).allSatisfy(row -> assertThat(row.conversion().leads()).isEqualTo(10));
        assertThat(table.deciles().get(0).minScore()).isEqualTo(90);
        assertThat(table.deciles().get(0).maxScore()).isEqualTo(99);
        assertThat(table.deciles().get(1).gain()).isEqualTo(1.0);
        assertThat(table.deciles().get(0).lift()).isEqualTo(5.0);
        assertThat(table.deciles().get(9).cumulativeLift()).isEqualTo(1.0);
    }

    @Test
    void oneScoreForEveryLeadIsOneDecile() {
        GainsTable table = Gains.byDecile(new double[] {40, 40, 40, 40}, new boolean[] {true, false, false, false});

        assertThat(table.deciles()).singleElement().satisfies(row -> {
            assertThat(row.decile()).isEqualTo(1);
            assertThat(row.conversion()).isEqualTo(Conversion.of(4, 1));
            assertThat(row.lift()).isEqualTo(1.0);
        });
    }

    @Test
    void noConvertedLeadsHasNoLift() {
        assertThatThrownBy(() -> Gains.byDecile(new double[] {1, 2}, new boolean[2]))
                .isInstanceOfSatisfying(UndefinedMetricException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NO_CONVERTED_LEADS));
    }

    private static double[] column(GainsTable table, ToDoubleFunction<DecileRow> value) {
        return table.deciles().stream().mapToDouble(value).toArray();
    }
}
