package io.leadrules.rules.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NormalTest {

    @Test
    void theNinetySevenAndAHalfPercentQuantileMapsBack() {
        assertThat(Normal.cdf(Normal.Z95)).isCloseTo(0.975, within(1e-14));
        assertThat(Normal.cdf(-Normal.Z95)).isCloseTo(0.025, within(1e-14));
    }

    /** Reference values of Φ to 16 digits (Marsaglia 2004, Table 1; any statistics package). */
    @Test
    void knownValuesOfTheCumulativeDistribution() {
        assertThat(Normal.cdf(0)).isEqualTo(0.5);
        assertThat(Normal.cdf(1)).isCloseTo(0.8413447460685429, within(1e-15));
        assertThat(Normal.cdf(-3)).isCloseTo(0.0013498980316301, within(1e-15));
        assertThat(Normal.cdf(6)).isCloseTo(0.9999999990134123, within(1e-15));
        assertThat(Normal.cdf(-12)).isZero();
        assertThat(Normal.cdf(12)).isEqualTo(1.0);
    }

    @Test
    void twoSidedPValueOfZeroIsOne() {
        assertThat(Normal.twoSidedP(0)).isEqualTo(1.0);
        assertThat(Normal.twoSidedP(-Normal.Z95)).isCloseTo(0.05, within(1e-14));
    }
}
