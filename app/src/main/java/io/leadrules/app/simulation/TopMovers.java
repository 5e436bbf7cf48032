package io.leadrules.app.simulation;

import io.leadrules.app.simulation.ImpactReport.Mover;
import io.leadrules.app.simulation.ImpactReport.RuleDifference;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The leads whose score moves most, largest |shift| first, ties by lead id (as text). Only the best {@code size} are
 * ever held: a bounded priority queue whose head is the weakest of them, so a lead that does not beat it is dropped at
 * once (and its rule differences are never worked out). Leads whose score does not move are not movers.
 */
final class TopMovers {

    static final int SIZE = 20;
    static final Comparator<Mover> RANKING = Comparator.comparingInt((Mover mover) -> Math.abs(mover.shift()))
            .reversed().thenComparing(mover -> mover.leadId().toString());

    private final int size;
    private final PriorityQueue<Mover> kept = new PriorityQueue<>(RANKING.reversed());

    TopMovers(int size) {
        this.size = size;
    }

    void offer(UUID leadId, Outcome before, Outcome after, Supplier<List<RuleDifference>> rules) {
        if (before.score() == null || after.score() == null || before.score().equals(after.score())) {
            return;
        }
        Mover candidate = mover(leadId, before, after, List.of());
        if (kept.size() == size && RANKING.compare(candidate, kept.peek()) >= 0) {
            return;
        }
        kept.add(mover(leadId, before, after, rules.get()));
        if (kept.size() > size) {
            kept.poll();
        }
    }

    List<Mover> ranked() {
        return kept.stream().sorted(RANKING).toList();
    }

    private static Mover mover(UUID leadId, Outcome before, Outcome after, List<RuleDifference> rules) {
        return new Mover(leadId, before.score(), after.score(), after.score() - before.score(), before.stage(),
                after.stage(), before.temperature(), after.temperature(), rules);
    }
}
