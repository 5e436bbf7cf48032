package io.leadrules.rules.vocabulary;

/**
 * Recent behaviour the motivation signals look at.
 *
 * @param pageViewsLast30Days  PAGE_VIEW events in the last 30 days
 * @param activeDaysLast30Days distinct UTC days in the last 30 days with an activity of a positive-point type
 */
public record ActivitySummary(int pageViewsLast30Days, int activeDaysLast30Days, String rule) {

    public ActivitySummary {
        ResultText.check(rule);
    }
}
