package io.leadrules.app.simulation;

import io.leadrules.app.simulation.ImpactReport.Counts;
import io.leadrules.app.simulation.ImpactReport.Transitions;
import io.leadrules.app.simulation.Outcome.Dimension;
import io.leadrules.rules.evaluation.LeadEvaluation;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Adds up the comparisons of a simulation, one lead at a time, into an {@link ImpactReport}. Nothing per lead is
 * kept but the top movers: memory is the same for 20 leads and for 200,000. Not thread-safe: one job, one thread.
 */
final class ImpactTally {

    private final Map<Dimension, DimensionTally> dimensions = new EnumMap<>(Dimension.class);
    private final ScoreShifts shifts = new ScoreShifts();
    private final TopMovers movers;
    private int leads;
    private int changed;

    ImpactTally(int topMovers) {
        this.movers = new TopMovers(topMovers);
        for (Dimension dimension : Dimension.values()) {
            dimensions.put(dimension, new DimensionTally());
        }
    }

    ImpactTally() {
        this(TopMovers.SIZE);
    }

    /** One lead as the baseline version and the draft evaluated it. */
    void add(UUID leadId, LeadEvaluation baseline, LeadEvaluation draft) {
        Outcome before = Outcome.of(baseline);
        Outcome after = Outcome.of(draft);
        leads++;
        if (!before.equals(after)) {
            changed++;
        }
        dimensions.forEach((dimension, tally) -> tally.add(before.value(dimension), after.value(dimension)));
        shifts.add(before.score(), after.score());
        movers.offer(leadId, before, after, () -> RuleDifferences.between(baseline, draft));
    }

    ImpactReport report() {
        return new ImpactReport(leads, changed, counts(DimensionTally::before), counts(DimensionTally::after),
                transitions(), shifts.summary(), movers.ranked());
    }

    private Counts counts(Function<DimensionTally, Map<String, Integer>> side) {
        return new Counts(side.apply(dimensions.get(Dimension.GRADE)),
                side.apply(dimensions.get(Dimension.TEMPERATURE)), side.apply(dimensions.get(Dimension.STAGE)),
                side.apply(dimensions.get(Dimension.PRIORITY)));
    }

    private Transitions transitions() {
        Function<Dimension, List<ImpactReport.Transition>> of = dimension -> dimensions.get(dimension).transitions();
        return new Transitions(of.apply(Dimension.GRADE), of.apply(Dimension.TEMPERATURE), of.apply(Dimension.STAGE),
                of.apply(Dimension.PRIORITY));
    }
}
