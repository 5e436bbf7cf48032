package io.leadrules.rules.vocabulary;

/** Short phrases rules use in the {@code detail} of a breakdown entry. */
public final class Describe {

    private Describe() {
    }

    /** "1 event, 2 days old" or "3 events, 2 to 45 days old". */
    public static String events(int count, long newestAgeDays, long oldestAgeDays) {
        String events = count == 1 ? "1 event" : count + " events";
        if (newestAgeDays == oldestAgeDays) {
            return events + ", " + days(newestAgeDays) + " old";
        }
        return events + ", " + newestAgeDays + " to " + days(oldestAgeDays) + " old";
    }

    /** ", 320 units of 60" for points per unit of value; empty when the type earns nothing per unit. */
    public static String units(int perUnit, Number valueSum, String unit) {
        if (perUnit == 0) {
            return "";
        }
        java.math.BigDecimal value = java.math.BigDecimal.valueOf(valueSum.doubleValue())
                .setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return ", value " + value.toPlainString() + " at " + perUnit + " per " + new java.math.BigDecimal(unit).stripTrailingZeros().toPlainString();
    }

    /** "7 events of PAGE_VIEW in the last 30 days" or "a value of 320 over ...". */
    public static String window(String measure, Number amount, String types, int days) {
        String what = measure.equals("count") ? (amount.longValue() == 1 ? "1 event" : amount.longValue() + " events")
                : "a value of " + java.math.BigDecimal.valueOf(amount.doubleValue()).setScale(2,
                        java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return what + " of " + types + " in the last " + days(days);
    }

    private static String days(long days) {
        return days == 1 ? "1 day" : days + " days";
    }
}
