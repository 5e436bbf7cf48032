package io.leadrules.rules.engine;

import io.leadrules.rules.evaluation.EvaluationInput;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.KieSession;

/**
 * The shipped rule base run by Drools alone: the same facts into a pooled stateless session, every rule fired, and
 * nothing else (no journal, no assembly, no explanation). Between the floor and a full evaluation, it tells what the
 * rules themselves cost from what the engine around them adds. For the benchmark only: it sits in the engine's
 * package to reach its package-private parts.
 */
public final class BareEvaluation implements AutoCloseable {

    private final KieSessionsPool sessions;

    public BareEvaluation(CompiledRuleSet rules) {
        KieBase kieBase = rules.container().getKieBase();
        sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    }

    /** One evaluation without anything around it; answers the number of facts inserted. */
    public int evaluate(EvaluationInput input) {
        List<Object> facts = LeadFacts.of(input);
        KieSession session = sessions.newKieSession();
        try {
            facts.forEach(session::insert);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return facts.size();
    }

    @Override
    public void close() {
        sessions.shutdown();
    }
}
