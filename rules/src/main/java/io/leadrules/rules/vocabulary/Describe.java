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

    private static String days(long days) {
        return days == 1 ? "1 day" : days + " days";
    }
}
