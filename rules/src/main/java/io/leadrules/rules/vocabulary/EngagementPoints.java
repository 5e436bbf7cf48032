package io.leadrules.rules.vocabulary;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The points an activity type, a signal or a limit adds to the engagement score. */
public record EngagementPoints(String category, int points, String rule, String detail) {

    /**
     * The most points one line earns or costs, either way. An activity's value may be up to 10^12 (seconds, an
     * amount): a point per 60 of it is 1.7 x 10^10 points, which wrapped around {@code int} to -513,202,517 and
     * turned the lead's best engagement into none. A million is far past the score's 100, and 2,000 lines of it
     * still add up inside {@code int}.
     */
    public static final int MAX_LINE_POINTS = 1_000_000;

    public EngagementPoints {
        ResultText.check(category, rule, detail);
    }

    /**
     * What an activity type earns from its events, each counted for the share of its age band: per event
     * {@code perEvent x percent / 100}, plus per unit of value {@code perUnit x (value x percent / 100) / unit}, the sum
     * capped at {@code cap} (a negative cap: no cap) and rounded half up at the end.
     *
     * @param percentSum the sum of the events' shares (0-100 each)
     * @param valueSum   the sum of the events' values, each times its share
     */
    public static EngagementPoints earned(String type, int perEvent, int perUnit, String unit, int cap,
                                          Number percentSum, Number valueSum, Number events, Number newest,
                                          Number oldest, String rule) {
        BigDecimal raw = BigDecimal.valueOf(perEvent).multiply(BigDecimal.valueOf(percentSum.longValue()))
                .movePointLeft(2).add(perUnit(perUnit, valueSum, unit));
        boolean capped = cap >= 0 && raw.compareTo(BigDecimal.valueOf(cap)) > 0;
        BigDecimal counted = capped ? BigDecimal.valueOf(cap) : raw;
        String detail = Describe.events(events.intValue(), newest.longValue(), oldest.longValue())
                + Describe.units(perUnit, valueSum, unit) + (capped ? ", capped" : "");
        return bounded(type, counted, rule, detail);
    }

    /** What a negative type costs: every event in full, without decay or cap, plus per unit of its whole value. */
    public static EngagementPoints penalty(String type, int perEvent, int perUnit, String unit, Number events,
                                           Number valueSum, Number newest, Number oldest, String rule) {
        BigDecimal raw = BigDecimal.valueOf((long) perEvent * events.longValue()).add(perUnit(perUnit, valueSum, unit));
        String detail = Describe.events(events.intValue(), newest.longValue(), oldest.longValue())
                + Describe.units(perUnit, valueSum, unit);
        return bounded(type, raw, rule, detail);
    }

    /** The points rounded half up, within {@link #MAX_LINE_POINTS} either way (the detail says when limited). */
    private static EngagementPoints bounded(String type, BigDecimal raw, String rule, String detail) {
        BigDecimal limit = BigDecimal.valueOf(MAX_LINE_POINTS);
        BigDecimal points = raw.setScale(0, RoundingMode.HALF_UP).max(limit.negate()).min(limit);
        boolean limited = points.compareTo(raw.setScale(0, RoundingMode.HALF_UP)) != 0;
        return new EngagementPoints(type, points.intValueExact(), rule, detail + (limited ? ", limited to "
                + points.toPlainString() : ""));
    }

    /** {@code unit} is the Unit cell, checked to be a positive number when the rule set was compiled. */
    private static BigDecimal perUnit(int perUnit, Number valueSum, String unit) {
        if (perUnit == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(perUnit).multiply(BigDecimal.valueOf(valueSum.doubleValue()))
                .divide(new BigDecimal(unit), 6, RoundingMode.HALF_UP);
    }
}
