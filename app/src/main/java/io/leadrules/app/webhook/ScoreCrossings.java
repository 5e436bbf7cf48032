package io.leadrules.app.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Which thresholds a score change crossed, and for which subscriptions. Up: from below the threshold to it or
 * above; down: from it or above to below. No score (a lead's first decision, an invalid lead) counts as below all.
 */
final class ScoreCrossings {

    private ScoreCrossings() {
    }

    record Crossing(int threshold, String direction, List<Subscription> subscriptions) {
    }

    static List<Crossing> crossed(Integer before, Integer after, List<Subscription> wanting) {
        TreeMap<Integer, List<Subscription>> byThreshold = new TreeMap<>();
        for (Subscription subscription : wanting) {
            for (int threshold : subscription.scoreThresholds()) {
                if (above(before, threshold) != above(after, threshold)) {
                    byThreshold.computeIfAbsent(threshold, t -> new ArrayList<>()).add(subscription);
                }
            }
        }
        return byThreshold.entrySet().stream().map(entry -> new Crossing(entry.getKey(),
                above(after, entry.getKey()) ? "up" : "down", List.copyOf(entry.getValue()))).toList();
    }

    private static boolean above(Integer score, int threshold) {
        return score != null && score >= threshold;
    }
}
