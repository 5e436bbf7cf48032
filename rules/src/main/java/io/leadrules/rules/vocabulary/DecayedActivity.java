package io.leadrules.rules.vocabulary;

/**
 * An activity and the share of its points it still counts for at its age ({@code percent}, 0-100).
 *
 * @param weightedValue its value times the share it still counts for ({@code value x percent / 100}): what points
 *                      per unit of value are counted on
 */
public record DecayedActivity(String type, int position, long ageDays, int percent, String rule,
                              double weightedValue) {

    public DecayedActivity {
        ResultText.check(type, rule);
    }

    public DecayedActivity(String type, int position, long ageDays, int percent, String rule) {
        this(type, position, ageDays, percent, rule, 0);
    }

    public static DecayedActivity of(AgedActivity activity, int percent, String rule) {
        return new DecayedActivity(activity.type(), activity.position(), activity.ageDays(), percent, rule,
                activity.value() * percent / 100.0);
    }
}
