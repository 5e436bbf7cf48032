package io.leadrules.app.simulation;

import io.leadrules.app.decision.Decisions;
import io.leadrules.app.lead.LeadDecisions;
import io.leadrules.app.lead.StoredLead;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.evaluation.LeadEvaluation;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Evaluates one stored lead (its profile and every stored activity) with both versions as of the same instant and adds
 * the pair to the tally. Records nothing and locks nothing. A lead either version fails on is reported, not thrown:
 * the simulation goes on without it.
 */
@Component
class LeadComparison {

    private static final Logger log = LoggerFactory.getLogger(LeadComparison.class);

    private final LeadDecisions decisions;
    private final Decisions evaluations;

    LeadComparison(LeadDecisions decisions, Decisions evaluations) {
        this.decisions = decisions;
        this.evaluations = evaluations;
    }

    /** True when the lead was compared; false when it failed. */
    boolean compare(StoredLead lead, Instant asOf, CompiledRuleSet baseline, CompiledRuleSet draft,
                    ImpactTally tally) {
        LeadEvaluation before;
        LeadEvaluation after;
        try {
            EvaluationInput input = decisions.inputFor(lead, asOf);
            before = evaluations.evaluate(input, baseline);
            after = evaluations.evaluate(input, draft);
        } catch (RuntimeException e) {
            log.warn("Simulating lead {} as of {} with versions {} and {} failed; the simulation goes on without it",
                    lead.id(), asOf, baseline.version(), draft.version(), e);
            return false;
        }
        tally.add(lead.id(), before, after);
        return true;
    }
}
