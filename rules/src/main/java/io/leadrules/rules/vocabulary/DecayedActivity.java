package io.leadrules.rules.vocabulary;

/** An activity and the share of its points it still counts for at its age ({@code percent}, 0-100). */
public record DecayedActivity(String type, int position, long ageDays, int percent, String rule) {

    public DecayedActivity {
        ResultText.check(type, rule);
    }

    public static DecayedActivity of(AgedActivity activity, int percent, String rule) {
        return new DecayedActivity(activity.type(), activity.position(), activity.ageDays(), percent, rule);
    }
}
