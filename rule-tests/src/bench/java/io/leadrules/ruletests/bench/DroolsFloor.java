package io.leadrules.ruletests.bench;

import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.vocabulary.Activity;
import io.leadrules.rules.vocabulary.AgedActivity;
import io.leadrules.rules.vocabulary.AsOf;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.StatelessKieSession;

/**
 * What Drools itself costs for a rule base of the shipped set's size and shape: as many one-pattern rules, of which
 * as many fire on the lead as the shipped set fires without activities, plus one rule per activity type that fires
 * once per activity; the rest never match. Empty consequences, a stateless session, no listeners, the same lead and
 * activities (aged as the engine ages them). Everything the project adds (facts, results, the explanation, its
 * helpers) is above this floor.
 */
final class DroolsFloor implements AutoCloseable {

    private final KieContainer container;
    private final KieBase kieBase;

    DroolsFloor(int rules, int leadFirings, String[] activityTypes) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem();
        files.write("src/main/resources/floor/Floor.drl", drl(rules, leadFirings, activityTypes));
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException(builder.getResults().toString());
        }
        container = services.newKieContainer(builder.getKieModule().getReleaseId());
        kieBase = container.getKieBase();
    }

    /** One evaluation: the facts inserted into a fresh stateless session and every rule fired. */
    int evaluate(EvaluationInput input) {
        List<Object> facts = facts(input);
        StatelessKieSession session = kieBase.newStatelessKieSession();
        session.execute(facts);
        return facts.size();
    }

    /** How many rules fire for the input (counted with a listener, outside the measured path). */
    int firings(EvaluationInput input) {
        int[] firings = {0};
        StatelessKieSession session = kieBase.newStatelessKieSession();
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                firings[0]++;
            }
        });
        session.execute(facts(input));
        return firings[0];
    }

    @Override
    public void close() {
        container.dispose();
    }

    private static List<Object> facts(EvaluationInput input) {
        List<Object> facts = new ArrayList<>();
        facts.add(input.lead());
        facts.add(input.lead().consent());
        facts.add(new AsOf(input.asOf()));
        List<Activity> activities = input.activities();
        for (int i = 0; i < activities.size(); i++) {
            facts.add(AgedActivity.of(i, activities.get(i), input.asOf()));
        }
        return facts;
    }

    private static String drl(int rules, int leadFirings, String[] activityTypes) {
        StringBuilder drl = new StringBuilder("package floor;\nimport io.leadrules.rules.vocabulary.*;\n");
        for (int i = 0; i < rules; i++) {
            drl.append("rule \"R").append(i).append("\"\nwhen\n    ").append(pattern(i, leadFirings, activityTypes))
                    .append("\nthen\nend\n");
        }
        return drl.toString();
    }

    private static String pattern(int rule, int leadFirings, String[] activityTypes) {
        if (rule < activityTypes.length) {
            return "AgedActivity( type == \"" + activityTypes[rule] + "\" )";
        }
        if (rule < activityTypes.length + leadFirings) {
            return "Lead( companySize > " + (-rule) + " )";
        }
        return "Lead( companySize < " + (-rule) + " )";
    }
}
