package io.leadrules.rules.vocabulary;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The arithmetic the scoring model is defined with: shares of a weight and half-up rounding, never floating point. */
public final class Points {

    private Points() {
    }

    /** {@code round_half_up(weight * percent / 100)}: the points a category earns with a match of {@code percent}. */
    public static int share(int weight, int percent) {
        return roundHalfUp(BigDecimal.valueOf((long) weight * percent, 2));
    }

    /** Hundredths of a point to whole points, half up ({@code 250 -> 3}, {@code -250 -> -3}). */
    public static int fromHundredths(long hundredths) {
        return roundHalfUp(BigDecimal.valueOf(hundredths, 2));
    }

    /** {@code round_half_up(sum of weight_i * score_i / 100)}: a weighted blend of scores. */
    public static int blend(int firstWeight, int firstScore, int secondWeight, int secondScore) {
        long hundredths = (long) firstWeight * firstScore + (long) secondWeight * secondScore;
        return fromHundredths(hundredths);
    }

    /** The value limited to {@code [min, max]}. */
    public static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    private static int roundHalfUp(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_UP).intValueExact();
    }
}
