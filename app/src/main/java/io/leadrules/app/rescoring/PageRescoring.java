package io.leadrules.app.rescoring;

import io.leadrules.app.decision.DecisionDraft;
import io.leadrules.app.decision.PageDecisions;
import io.leadrules.app.lead.LeadDecisions;
import io.leadrules.app.lead.LeadStore;
import io.leadrules.app.lead.StoredLead;
import io.leadrules.app.rescoring.LeadRescoring.Outcome;
import io.leadrules.app.ruleset.ActiveRuleSet;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.evaluation.EvaluationInput;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rescores a page of leads for a job with the outcome {@link LeadRescoring} gives each lead alone, in three steps:
 * the page's leads, activities and current results read in three queries (no lock); every lead evaluated and compared
 * on every core; the changed decisions written in one transaction of JDBC batches ({@link PageWrite}). A lead changed
 * by someone else between the read and the write is not overwritten with a stale decision: {@link PageWrite} refuses
 * it, and it is rescored alone, under its row lock, as the one-by-one path always did.
 */
@Component
class PageRescoring {

    private static final Logger log = LoggerFactory.getLogger(PageRescoring.class);

    private final LeadStore leads;
    private final LeadDecisions inputs;
    private final PageDecisions decisions;
    private final ResultComparison comparison;
    private final PageWrite write;
    private final LeadRescoring alone;
    private final ActiveRuleSet rules;

    PageRescoring(LeadStore leads, LeadDecisions inputs, PageDecisions decisions, ResultComparison comparison,
                  PageWrite write, LeadRescoring alone, ActiveRuleSet rules) {
        this.leads = leads;
        this.inputs = inputs;
        this.decisions = decisions;
        this.comparison = comparison;
        this.write = write;
        this.alone = alone;
        this.rules = rules;
    }

    /** Each lead's outcome, by id; a lead gone or erased since its id was read is SKIPPED. */
    Map<UUID, Outcome> rescore(List<UUID> ids, Instant asOf) {
        List<StoredLead> page = leads.findAllById(ids).stream().filter(lead -> !lead.erased())
                .sorted(Comparator.comparing(StoredLead::id)).toList();
        List<Rescored> rescored = rules.apply(ruleSet -> evaluate(page, asOf, ruleSet));
        Map<UUID, Outcome> outcomes = new HashMap<>();
        ids.forEach(id -> outcomes.put(id, Outcome.SKIPPED));
        rescored.forEach(lead -> outcomes.put(lead.lead().id(), lead.outcome()));
        for (UUID stale : write.changed(rescored)) {
            outcomes.put(stale, alone.rescore(stale, asOf));
        }
        return outcomes;
    }

    private List<Rescored> evaluate(List<StoredLead> page, Instant asOf, CompiledRuleSet ruleSet) {
        Function<StoredLead, EvaluationInput> pageInputs = inputs.inputsFor(page, asOf);
        Map<UUID, String> recorded = decisions.results(page.stream().map(StoredLead::currentDecisionId)
                .filter(Objects::nonNull).toList());
        return decisions.onEveryCore(page, lead -> rescore(lead, pageInputs, asOf, recorded, ruleSet));
    }

    private Rescored rescore(StoredLead lead, Function<StoredLead, EvaluationInput> inputs, Instant asOf,
                             Map<UUID, String> recorded, CompiledRuleSet ruleSet) {
        try {
            DecisionDraft draft = decisions.draft(lead.id(), inputs.apply(lead), ruleSet);
            Outcome outcome = comparison.outcome(lead, recorded, draft.result());
            return new Rescored(lead, outcome, outcome == Outcome.UNCHANGED ? null : draft);
        } catch (RuntimeException e) {
            log.warn("Rescoring lead {} as of {} failed; the job goes on without it", lead.id(), asOf, e);
            return new Rescored(lead, Outcome.FAILED, null);
        }
    }

    /** A lead of the page, what rescoring it came to, and the decision to write when it changed. */
    record Rescored(StoredLead lead, Outcome outcome, DecisionDraft draft) {
    }
}
