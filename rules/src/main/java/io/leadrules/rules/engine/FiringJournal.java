package io.leadrules.rules.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Records one evaluation as it happens: which rules fired, in order, how often, and what each rule inserted.
 * One journal per evaluation; never shared between threads.
 */
final class FiringJournal extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    private final int maxResults;
    private final Map<String, Integer> firingsByRule = new LinkedHashMap<>();
    private final List<Object> insertedByRules = new ArrayList<>();
    private int firings;

    /** @param maxResults the most results rules may insert in this evaluation; one more stops it */
    FiringJournal(int maxResults) {
        this.maxResults = maxResults;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firings++;
        firingsByRule.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() != null) {
            if (insertedByRules.size() == maxResults) {
                throw new TooManyResults(maxResults);
            }
            insertedByRules.add(event.getObject());
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // results are immutable: nothing to record
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        // results are never retracted by the shipped rules: nothing to record
    }

    int firings() {
        return firings;
    }

    /** Rule names in the order of their first firing, with how many times each fired. */
    Map<String, Integer> firingsByRule() {
        return firingsByRule;
    }

    /** Everything rules inserted, in insertion order. */
    List<Object> inserted() {
        return insertedByRules;
    }

    <T> List<T> inserted(Class<T> type) {
        return insertedByRules.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T> Optional<T> first(Class<T> type) {
        return insertedByRules.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    Optional<String> mostFiredRule() {
        return firingsByRule.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue))
                .map(Map.Entry::getKey);
    }
}
