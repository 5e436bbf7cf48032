package io.leadrules.app.rescoring;

import io.leadrules.app.decision.CalibratedAnswers;
import io.leadrules.app.decision.DecisionSnapshots;
import io.leadrules.app.decision.DecisionStore;
import io.leadrules.app.decision.Decisions;
import io.leadrules.app.lead.LeadDecisions;
import io.leadrules.app.lead.LeadStore;
import io.leadrules.app.lead.StoredLead;
import io.leadrules.app.ruleset.ActiveRuleSet;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rescores one lead alone, in its own short transaction under the lead's row lock (the path a lead of a page takes
 * when it changed while its page was evaluated, see {@link PageRescoring}): evaluates it as of the job's
 * instant with the active rule set and records a decision only when the result differs from the lead's current
 * decision (ignoring {@code asOf}, which always differs). A lead that fails is reported, not thrown: the job goes on.
 */
@Component
class LeadRescoring {

    enum Outcome { UNCHANGED, RESCORED, CHANGED, SKIPPED, FAILED }

    private static final Logger log = LoggerFactory.getLogger(LeadRescoring.class);

    private final TransactionTemplate transactions;
    private final LeadStore leads;
    private final LeadDecisions decisions;
    private final Decisions evaluations;
    private final DecisionStore records;
    private final DecisionSnapshots snapshots;
    private final CalibratedAnswers answers;
    private final ActiveRuleSet rules;
    private final ResultComparison comparison;

    LeadRescoring(TransactionTemplate transactions, LeadStore leads, LeadDecisions decisions, Decisions evaluations,
                  DecisionStore records, DecisionSnapshots snapshots, CalibratedAnswers answers, ActiveRuleSet rules,
                  ResultComparison comparison) {
        this.comparison = comparison;
        this.transactions = transactions;
        this.leads = leads;
        this.decisions = decisions;
        this.evaluations = evaluations;
        this.records = records;
        this.snapshots = snapshots;
        this.answers = answers;
        this.rules = rules;
    }

    Outcome rescore(UUID leadId, Instant asOf) {
        try {
            return transactions.execute(tx -> leads.lockById(leadId)
                    .filter(lead -> !lead.erased())
                    .map(lead -> rescoreLocked(lead, asOf))
                    .orElse(Outcome.SKIPPED));
        } catch (RuntimeException e) {
            log.warn("Rescoring lead {} as of {} failed; the job goes on without it", leadId, asOf, e);
            return Outcome.FAILED;
        }
    }

    private Outcome rescoreLocked(StoredLead lead, Instant asOf) {
        String fresh = snapshots.write(answers.answer(
                rules.apply(set -> evaluations.evaluate(decisions.inputFor(lead, asOf), set))));
        Outcome outcome = comparison.outcome(lead, currentResult(lead), fresh);
        if (outcome != Outcome.UNCHANGED) {
            decisions.decide(lead, asOf);
        }
        return outcome;
    }

    /** The lead's current decision's result by its id; empty when it was never decided (or the decision is gone). */
    private Map<UUID, String> currentResult(StoredLead lead) {
        UUID current = lead.currentDecisionId();
        return current == null ? Map.of() : records.findById(current)
                .map(decision -> Map.of(current, decision.result())).orElse(Map.of());
    }
}
