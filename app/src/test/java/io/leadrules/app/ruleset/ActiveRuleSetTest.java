package io.leadrules.app.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.leadrules.rules.engine.CompiledRuleSet;
import org.junit.jupiter.api.Test;

class ActiveRuleSetTest {

    private final CompiledRuleSet first = mock(CompiledRuleSet.class);
    private final CompiledRuleSet second = mock(CompiledRuleSet.class);

    @Test
    void activatingASetHandsBackTheOneItReplacedStillOpen() {
        ActiveRuleSet active = new ActiveRuleSet(first);

        CompiledRuleSet replaced = active.activate(second);

        assertThat(replaced).isSameAs(first);
        assertThat(active.current()).isSameAs(second);
        verify(first, never()).close();
    }

    @Test
    void closingReleasesTheActiveSetOnce() {
        ActiveRuleSet active = new ActiveRuleSet(first);

        active.close();
        active.close();

        verify(first).close();
        assertThatIllegalStateException().isThrownBy(active::current);
    }
}
