package io.leadrules.rules.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
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
    /** The same results by class: the assembly asks for about fifteen types, each was a scan of them all. */
    private final Map<Class<?>, List<Object>> insertedByType = new HashMap<>();
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
            Object result = event.getObject();
            insertedByRules.add(result);
            insertedByType.computeIfAbsent(result.getClass(), type -> new ArrayList<>(4)).add(result);
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

    /**
     * What rules inserted of this type, in insertion order. The types asked for are records of the vocabulary, which
     * are final, so their class is exactly the type.
     */
    @SuppressWarnings("unchecked")
    <T> List<T> inserted(Class<T> type) {
        List<Object> results = insertedByType.get(type);
        return results == null ? List.of() : (List<T>) Collections.unmodifiableList(results);
    }

    <T> Optional<T> first(Class<T> type) {
        List<Object> results = insertedByType.get(type);
        return results == null ? Optional.empty() : Optional.of(type.cast(results.get(0)));
    }

    Optional<String> mostFiredRule() {
        return firingsByRule.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue))
                .map(Map.Entry::getKey);
    }
}
