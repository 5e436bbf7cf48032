package io.leadrules.rules.engine;

import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.vocabulary.TextTooLongException;
import java.util.List;
import org.kie.api.command.Command;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.internal.command.CommandFactory;

/**
 * One evaluation in a stateless session over the shared, immutable rule base (its working memory fresh or reset by
 * the pool it comes from), with a cap on firings and twice
 * that on the results rules insert (the shipped set inserts about one per firing; a rule that re-triggers itself
 * then meets the cap on firings first, which names it better).
 */
final class EvaluationRun {

    private EvaluationRun() {
    }

    static FiringJournal execute(StatelessKieSession session, RuleCatalog catalog, EvaluationInput input,
                                 int maxFirings) {
        FiringJournal journal = new FiringJournal(2 * maxFirings);
        session.addEventListener((org.kie.api.event.rule.AgendaEventListener) journal);
        session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) journal);
        List<Command<?>> commands = List.of(
                CommandFactory.newInsertElements(LeadFacts.of(input)),
                CommandFactory.newFireAllRules(maxFirings + 1));
        try {
            session.execute(CommandFactory.newBatchExecution(commands));
        } catch (ConsequenceException e) {
            if (e.getCause() instanceof TextTooLongException || e.getCause() instanceof TooManyResults) {
                throw new RunawayEvaluationException(catalog.rule(e.getRule().getName()),
                        (RuntimeException) e.getCause());
            }
            throw e;
        }
        if (journal.firings() > maxFirings) {
            String rule = journal.mostFiredRule().orElse("unknown");
            throw new RunawayEvaluationException(catalog.rule(rule), journal.firingsByRule().get(rule), maxFirings);
        }
        return journal;
    }
}
