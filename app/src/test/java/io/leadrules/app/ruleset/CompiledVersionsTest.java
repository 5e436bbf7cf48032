package io.leadrules.app.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.RuleFile;
import io.leadrules.rules.engine.RuleSetCompiler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The compiled versions the service holds: the active one and at most {@code compiled-versions} others. Every other
 * version is released: its container disposed and its module gone from the KIE repository, so memory does not grow
 * with the number of versions or activations. Small one-rule versions keep the compilations quick.
 */
class CompiledVersionsTest {

    private static final int CAPACITY = 2;

    private final RuleVersionStore store = mock(RuleVersionStore.class);
    private final ActiveRuleSet active = new ActiveRuleSet(new RuleSetHandle(compile(1)));
    private final ActiveRuleSetMetrics metrics = mock(ActiveRuleSetMetrics.class);
    private final CompiledVersions compiled = new CompiledVersions(active, store, metrics,
            new RuleVersionSettings(CAPACITY));
    private final List<CompiledRuleSet> seen = new ArrayList<>();

    CompiledVersionsTest() {
        LongStream.rangeClosed(1, 6).forEach(id -> when(store.files(id)).thenReturn(files(id)));
    }

    @AfterEach
    void shutDown() {
        active.close();
    }

    @Test
    void activatingVersionAfterVersionKeepsOnlyTheActiveOneAndTheRecentOnes() {
        for (long id = 2; id <= 6; id++) {
            remember(id);
            activate(id);
        }

        assertThat(compiled.heldIds()).containsOnlyKeys(6L, 5L, 4L).containsEntry(6L, true);
        assertThat(seen).filteredOn(set -> !List.of("4", "5", "6").contains(set.version()))
                .extracting(CompiledRuleSet::version).containsExactly("2", "3");
        assertThat(seen).filteredOn(set -> !List.of("4", "5", "6").contains(set.version()))
                .allSatisfy(set -> assertThat(stillOpen(set)).as("version %s", set.version()).isFalse());
        assertThat(seen).filteredOn(set -> compiled.heldIds().containsKey(Long.parseLong(set.version())))
                .allSatisfy(set -> assertThat(stillOpen(set)).isTrue());
    }

    @Test
    void everyActivationIsToldToTheMetricsWithTheVersionNowActive() {
        activate(2);
        activate(1);

        ArgumentCaptor<CompiledRuleSet> told = ArgumentCaptor.forClass(CompiledRuleSet.class);
        verify(metrics, times(2)).activated(told.capture());
        assertThat(told.getAllValues()).extracting(CompiledRuleSet::version).containsExactly("2", "1");
    }

    @Test
    void aVersionDroppedWhileInUseIsReleasedOnlyWhenItsLastUserIsDone() {
        RuleSetLease inUse = compiled.lease(2);
        CompiledRuleSet two = inUse.rules();
        compiled.lease(3).close();
        compiled.lease(4).close();

        assertThat(compiled.heldIds()).doesNotContainKey(2L);
        assertThat(stillOpen(two)).isTrue();
        inUse.close();
        assertThat(stillOpen(two)).isFalse();
    }

    @Test
    void rollingBackToTheVersionJustReplacedCompilesNothing() {
        activate(2);
        RuleSetLease first = compiled.lease(1);
        CompiledRuleSet one = first.rules();
        first.close();

        activate(1);

        CompiledRuleSet live = active.apply(rules -> rules);
        assertThat(live).isSameAs(one);
    }

    @Test
    void aVersionDroppedFromTheRecentOnesWhileBeingActivatedStaysUsableOnceActive() {
        RuleSetLease activating = compiled.lease(2);
        compiled.lease(3).close();
        compiled.lease(4).close();

        compiled.activate(activating);
        activating.close();

        CompiledRuleSet live = active.apply(rules -> rules);
        assertThat(live.version()).isEqualTo("2");
        assertThat(stillOpen(live)).isTrue();
    }

    private void activate(long id) {
        try (RuleSetLease lease = compiled.lease(id)) {
            compiled.activate(lease);
        }
    }

    private void remember(long id) {
        try (RuleSetLease lease = compiled.lease(id)) {
            seen.add(lease.rules());
        }
    }

    /** Still holding its compiled Drools module: not closed yet. */
    private static boolean stillOpen(CompiledRuleSet set) {
        return !set.isClosed();
    }

    private static CompiledRuleSet compile(long id) {
        return new RuleSetCompiler().compile(Long.toString(id), files(id));
    }

    private static List<RuleFile> files(long id) {
        String drl = """
                package leadrules.fit;
                import io.leadrules.rules.vocabulary.*;

                rule "V%d-ANY Every lead is seen by version %d"
                    @reason("A one-rule version for the tests of compiled versions")
                when
                    Lead()
                then
                end
                """.formatted(id, id);
        return List.of(new RuleFile("Version" + id + ".drl", drl.getBytes(StandardCharsets.UTF_8)));
    }
}
