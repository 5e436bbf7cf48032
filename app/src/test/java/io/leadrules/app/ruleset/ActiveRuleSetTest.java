package io.leadrules.app.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.leadrules.rules.engine.CompiledRuleSet;
import org.junit.jupiter.api.Test;

class ActiveRuleSetTest {

    private final CompiledRuleSet first = mock(CompiledRuleSet.class);
    private final CompiledRuleSet second = mock(CompiledRuleSet.class);

    ActiveRuleSetTest() {
        when(first.version()).thenReturn("1");
        when(second.version()).thenReturn("2");
    }

    @Test
    void anEvaluationInFlightFinishesOnTheVersionItStartedWith() {
        ActiveRuleSet active = new ActiveRuleSet(new RuleSetHandle(first));
        RuleSetLease inFlight = active.lease();

        RuleSetHandle replaced = active.activate(new RuleSetHandle(second));
        replaced.retire();

        assertThat(inFlight.rules()).isSameAs(first);
        CompiledRuleSet now = active.apply(rules -> rules);
        assertThat(now).isSameAs(second);
        verify(first, never()).close();
        inFlight.close();
        verify(first).close();
        assertThat(replaced.released()).isTrue();
    }

    @Test
    void aRetiredVersionNobodyUsesIsReleasedAtOnceAndCannotBeLeasedAgain() {
        RuleSetHandle handle = new RuleSetHandle(first);

        handle.retire();

        verify(first).close();
        assertThat(handle.tryAcquire()).isFalse();
    }

    @Test
    void closingAnOpenLeaseTwiceReleasesItOnce() {
        RuleSetHandle handle = new RuleSetHandle(first);
        RuleSetLease lease = new ActiveRuleSet(handle).lease();

        lease.close();
        lease.close();
        handle.retire();

        verify(first).close();
        assertThatIllegalStateException().isThrownBy(lease::rules);
    }

    @Test
    void closingReleasesTheActiveSetOnce() {
        ActiveRuleSet active = new ActiveRuleSet(new RuleSetHandle(first));

        active.close();
        active.close();

        verify(first).close();
        assertThatIllegalStateException().isThrownBy(active::lease);
    }
}
