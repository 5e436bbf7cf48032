package io.leadrules.app.scoring;

/** Lengths no real lead reaches: past them a value is a mistake (or an attack), not data. */
final class Limits {

    static final int ID = 255;
    static final int NAME = 255;
    static final int EMAIL = 320;
    static final int PHONE = 64;
    static final int CODE = 100;
    static final int DETAIL = 2_000;
    static final String TOO_LONG = "must be at most {max} characters long";
    static final String ACTIVITY_TYPE = "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$";
    /**
     * A number a client adds (an activity's value, a number attribute): at most a trillion either way, at most six
     * decimals. The column holding activity values is DECIMAL(19, 6); attributes follow the same rule so that a
     * value can move from one to the other, and so that no number as large as 1e999999999 reaches a rule.
     */
    static final String NUMBER_MAX = "1000000000000";
    static final int NUMBER_DECIMALS = 6;
    static final String NUMBER_RANGE = "must be a number from -1000000000000 to 1000000000000 with at most 6 decimals";

    private Limits() {
    }

    static boolean inRange(java.math.BigDecimal number) {
        return number.abs().compareTo(new java.math.BigDecimal(NUMBER_MAX)) <= 0
                && number.stripTrailingZeros().scale() <= NUMBER_DECIMALS;
    }
}
