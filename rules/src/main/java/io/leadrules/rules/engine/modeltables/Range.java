package io.leadrules.rules.engine.modeltables;

import java.math.BigDecimal;

/**
 * A band of numbers from {@code from} (included) up to {@code to} (not included); a null end is open. A "between"
 * Fit row, an activity window's band and (made half-open) a score band all come to one, so one overlap test serves
 * them all.
 */
record Range(BigDecimal from, BigDecimal to) {

    /** The whole numbers from {@code least} to {@code most}, both included, as a score or age band reads. */
    static Range wholeNumbers(BigDecimal least, BigDecimal most) {
        return new Range(least == null ? null : least.setScale(0, java.math.RoundingMode.CEILING),
                most == null ? null : most.setScale(0, java.math.RoundingMode.FLOOR).add(BigDecimal.ONE));
    }

    /** True when some number lies in both bands. */
    boolean overlaps(Range other) {
        return below(from, other.to) && below(other.from, to);
    }

    /** True when no number lies in the band. */
    boolean isEmpty() {
        return from != null && to != null && to.compareTo(from) <= 0;
    }

    /** a < b, where a null {@code a} is the open bottom and a null {@code b} the open top. */
    private static boolean below(BigDecimal a, BigDecimal b) {
        return a == null || b == null || a.compareTo(b) < 0;
    }

    /** "200..1000", "200..", "..1000", as a Values cell writes it. */
    String describe() {
        return text(from) + ".." + text(to);
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : Literals.number(value);
    }
}
