package io.leadrules.rules.backtest;

/**
 * How many leads, how many of them converted, and the share: the cell every table here is made of.
 *
 * @param rate {@code converted / leads}, or null when there are no leads (never NaN, never an invented 0)
 */
public record Conversion(int leads, int converted, Double rate) {

    public Conversion {
        if (leads < 0 || converted < 0 || converted > leads) {
            throw new IllegalArgumentException("a conversion needs 0 <= converted <= leads, got "
                    + converted + " of " + leads);
        }
    }

    static Conversion of(int leads, int converted) {
        return new Conversion(leads, converted, leads == 0 ? null : (double) converted / leads);
    }
}
