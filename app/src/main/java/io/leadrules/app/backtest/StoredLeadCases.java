package io.leadrules.app.backtest;

import io.leadrules.app.lead.LeadHistory;
import io.leadrules.app.lead.LeadStore;
import io.leadrules.app.lead.StoredLead;
import io.leadrules.app.lead.outcome.OutcomeLog;
import io.leadrules.app.lead.outcome.StoredOutcome;
import io.leadrules.rules.evaluation.EvaluationInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The stored leads with at least one outcome, in id order, each as the service knew it at its cut-off (exactly what
 * score-as-of answers for that instant). A lead converted when it has a CONVERTED or WON outcome, whenever it came;
 * one with only LOST or DISQUALIFIED did not. A lead erased since the page was read is skipped. A page's inputs are
 * read in a few queries for the whole page ({@link LeadHistory#inputsKnownAt}), not two or three per lead.
 */
final class StoredLeadCases implements CaseSource {

    private final OutcomeLog outcomes;
    private final LeadStore leads;
    private final LeadHistory history;
    private final Cutoff cutoff;
    private final Instant now;

    StoredLeadCases(OutcomeLog outcomes, LeadStore leads, LeadHistory history, Cutoff cutoff, Instant now) {
        this.outcomes = outcomes;
        this.leads = leads;
        this.history = history;
        this.cutoff = cutoff;
        this.now = now;
    }

    @Override
    public int total() {
        return outcomes.countLeadsWithOutcomes();
    }

    @Override
    public void read(int pageSize, Exclusions excluded, Consumer<List<BacktestCase>> pages) {
        UUID after = null;
        List<UUID> ids;
        do {
            ids = outcomes.leadsWithOutcomes(after, pageSize);
            pages.accept(cases(ids, excluded));
            after = ids.isEmpty() ? after : ids.get(ids.size() - 1);
        } while (ids.size() == pageSize);
    }

    private List<BacktestCase> cases(List<UUID> ids, Exclusions excluded) {
        Map<UUID, List<StoredOutcome>> known = outcomes.ofLeads(ids);
        List<StoredLead> included = new ArrayList<>(ids.size());
        List<Instant> cutoffs = new ArrayList<>(ids.size());
        for (StoredLead lead : leads.findAllById(ids).stream().filter(lead -> !lead.erased())
                .sorted(Comparator.comparing(StoredLead::id)).toList()) {
            cutoffOf(lead, excluded).ifPresent(at -> {
                included.add(lead);
                cutoffs.add(at);
            });
        }
        List<EvaluationInput> inputs = history.inputsKnownAt(included, cutoffs);
        List<BacktestCase> cases = new ArrayList<>(included.size());
        for (int i = 0; i < included.size(); i++) {
            cases.add(caseOf(inputs.get(i), known.getOrDefault(included.get(i).id(), List.of()), cutoffs.get(i)));
        }
        return cases;
    }

    /** The lead's cut-off, or empty (counted as excluded) when it falls before its creation or in the future. */
    private Optional<Instant> cutoffOf(StoredLead lead, Exclusions excluded) {
        Instant at = cutoff.forLeadCreatedAt(lead.createdAt());
        if (at.isBefore(lead.createdAt())) {
            excluded.notCreatedByCutoff();
            return Optional.empty();
        }
        if (at.isAfter(now)) {
            excluded.cutoffInFuture();
            return Optional.empty();
        }
        return Optional.of(at);
    }

    private static BacktestCase caseOf(EvaluationInput input, List<StoredOutcome> leadOutcomes, Instant at) {
        Optional<Instant> convertedAt = leadOutcomes.stream().filter(outcome -> outcome.outcome().converted())
                .map(StoredOutcome::occurredAt).min(Comparator.naturalOrder());
        return new BacktestCase(input, convertedAt.isPresent(), convertedAt.filter(when -> !when.isAfter(at))
                .isPresent());
    }
}
