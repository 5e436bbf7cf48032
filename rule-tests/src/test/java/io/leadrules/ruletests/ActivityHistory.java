package io.leadrules.ruletests;

import io.leadrules.rules.vocabulary.Activity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The activities of one lead, in the order a client would send them, with ids {@code e1, e2, ...}:
 * {@code history().event("DEMO_REQUESTED", daysAgo(2)).events(6, "EMAIL_OPEN", daysAgo(1))}.
 */
public final class ActivityHistory {

    private final List<Activity> activities = new ArrayList<>();

    private ActivityHistory() {
    }

    public static ActivityHistory history() {
        return new ActivityHistory();
    }

    public static ActivityHistory none() {
        return new ActivityHistory();
    }

    public ActivityHistory event(String type, Instant occurredAt) {
        activities.add(new Activity("e" + (activities.size() + 1), type, occurredAt, null));
        return this;
    }

    public ActivityHistory events(int count, String type, Instant occurredAt) {
        for (int i = 0; i < count; i++) {
            event(type, occurredAt);
        }
        return this;
    }

    public List<Activity> build() {
        return List.copyOf(activities);
    }
}
