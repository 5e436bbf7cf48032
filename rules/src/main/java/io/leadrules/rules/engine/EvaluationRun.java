package io.leadrules.rules.engine;

import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.vocabulary.TextTooLongException;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * One evaluation in a working memory borrowed from the rule set's pool and given back, reset, when it ends (also when
 * a rule fails): the facts are inserted and the rules fired directly, without a stateless session's batch of
 * commands, whose command context cost about a twentieth of an evaluation. A cap on firings, and twice that on the
 * results rules insert (the shipped set inserts about one per firing; a rule that re-triggers itself then meets the
 * cap on firings first, which names it better).
 */
final class EvaluationRun {

    private EvaluationRun() {
    }

    static FiringJournal execute(KieSessionsPool sessions, RuleCatalog catalog, EvaluationInput input,
                                 int maxFirings) {
        FiringJournal journal = new FiringJournal(2 * maxFirings);
        KieSession session = sessions.newKieSession();
        try {
            session.addEventListener((AgendaEventListener) journal);
            session.addEventListener((RuleRuntimeEventListener) journal);
            for (Object fact : LeadFacts.of(input)) {
                session.insert(fact);
            }
            session.fireAllRules(maxFirings + 1);
        } catch (ConsequenceException e) {
            if (e.getCause() instanceof TextTooLongException || e.getCause() instanceof TooManyResults) {
                throw new RunawayEvaluationException(catalog.rule(e.getRule().getName()),
                        (RuntimeException) e.getCause());
            }
            throw e;
        } finally {
            session.dispose();
        }
        if (journal.firings() > maxFirings) {
            String rule = journal.mostFiredRule().orElse("unknown");
            throw new RunawayEvaluationException(catalog.rule(rule), journal.firingsByRule().get(rule), maxFirings);
        }
        return journal;
    }
}
