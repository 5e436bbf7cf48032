package io.leadrules.app.rescoring;

import io.leadrules.app.decision.CalibratedAnswers;
import io.leadrules.app.decision.DecisionSnapshots;
import io.leadrules.app.decision.DecisionStore;
import io.leadrules.app.decision.Decisions;
import io.leadrules.app.decision.StoredDecision;
import io.leadrules.app.lead.LeadDecisions;
import io.leadrules.app.lead.LeadStore;
import io.leadrules.app.lead.StoredLead;
import io.leadrules.app.ruleset.ActiveRuleSet;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rescores one lead for a job, in its own short transaction under the lead's row lock: evaluates it as of the job's
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

    LeadRescoring(TransactionTemplate transactions, LeadStore leads, LeadDecisions decisions, Decisions evaluations,
                  DecisionStore records, DecisionSnapshots snapshots, CalibratedAnswers answers, ActiveRuleSet rules) {
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
        ObjectNode fresh = withoutAsOf(snapshots.tree(snapshots.write(answers.answer(
                rules.apply(set -> evaluations.evaluate(decisions.inputFor(lead, asOf), set))))));
        ObjectNode recorded = currentResult(lead);
        if (fresh.equals(recorded)) {
            return Outcome.UNCHANGED;
        }
        decisions.decide(lead, asOf);
        boolean moved = recorded == null || !Objects.equals(recorded.get("stage"), fresh.get("stage"))
                || !Objects.equals(recorded.get("temperature"), fresh.get("temperature"));
        return moved ? Outcome.CHANGED : Outcome.RESCORED;
    }

    /** The lead's current decision's result without asOf; null when it was never decided. */
    private ObjectNode currentResult(StoredLead lead) {
        UUID current = lead.current() == null ? null : lead.current().currentDecisionId();
        if (current == null) {
            return null;
        }
        StoredDecision decision = records.findById(current).orElseThrow(() -> new IllegalStateException(
                "Lead " + lead.id() + " names decision " + current + " as its current one, which does not exist"));
        return withoutAsOf(snapshots.tree(decision.result()));
    }

    private static ObjectNode withoutAsOf(JsonNode result) {
        if (!(result instanceof ObjectNode object)) {
            throw new IllegalStateException("A recorded result is not a JSON object: " + result.getNodeType());
        }
        object.remove("asOf");
        return object;
    }
}
