package io.leadrules.app.simulation;

import io.leadrules.app.decision.Decisions;
import io.leadrules.app.decision.PageDecisions;
import io.leadrules.app.lead.LeadDecisions;
import io.leadrules.app.lead.StoredLead;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.evaluation.LeadEvaluation;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Evaluates a page of stored leads (each its profile and every stored activity, the page's activities read in one
 * query) with both versions as of the same instant on every core, then adds each pair to the tally in the page's
 * order, so the report is what comparing lead by lead made it. Records nothing and locks nothing. A lead either
 * version fails on is reported, not thrown: the simulation goes on without it.
 */
@Component
class LeadComparison {

    private static final Logger log = LoggerFactory.getLogger(LeadComparison.class);

    private final LeadDecisions decisions;
    private final Decisions evaluations;
    private final PageDecisions pages;

    LeadComparison(LeadDecisions decisions, Decisions evaluations, PageDecisions pages) {
        this.decisions = decisions;
        this.evaluations = evaluations;
        this.pages = pages;
    }

    /** Compares the page's leads into the tally; answers how many failed. */
    int compareAll(List<StoredLead> page, Instant asOf, CompiledRuleSet baseline, CompiledRuleSet draft,
                   ImpactTally tally) {
        Function<StoredLead, EvaluationInput> inputs = decisions.inputsFor(page, asOf);
        List<Compared> compared = pages.onEveryCore(page, lead -> compare(lead, inputs, baseline, draft));
        int failures = 0;
        for (Compared lead : compared) {
            if (lead.before() == null) {
                failures++;
            } else {
                tally.add(lead.lead().id(), lead.before(), lead.after());
            }
        }
        return failures;
    }

    private Compared compare(StoredLead lead, Function<StoredLead, EvaluationInput> inputs, CompiledRuleSet baseline,
                             CompiledRuleSet draft) {
        try {
            EvaluationInput input = inputs.apply(lead);
            return new Compared(lead, evaluations.evaluate(input, baseline), evaluations.evaluate(input, draft));
        } catch (RuntimeException e) {
            log.warn("Simulating lead {} with versions {} and {} failed; the simulation goes on without it",
                    lead.id(), baseline.version(), draft.version(), e);
            return new Compared(lead, null, null);
        }
    }

    /** A lead and what each version made of it; both null when one of them failed on it. */
    private record Compared(StoredLead lead, LeadEvaluation before, LeadEvaluation after) {
    }
}
