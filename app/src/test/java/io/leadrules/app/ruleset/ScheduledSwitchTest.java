package io.leadrules.app.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.leadrules.rules.engine.CompiledRuleSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A swap set for an instant ({@link ActiveRuleSet#switchAt}): no lease before the instant sees it, the first lease at
 * or after it performs it before leasing, whichever thread that is; a swap called off never happens.
 */
class ScheduledSwitchTest {

    private static final Instant INSTANT = Instant.parse("2026-12-07T10:00:00Z");

    private final CompiledRuleSet first = mock(CompiledRuleSet.class);
    private final CompiledRuleSet second = mock(CompiledRuleSet.class);
    private final AtomicReference<Instant> now = new AtomicReference<>(INSTANT.minusMillis(1));

    ScheduledSwitchTest() {
        when(first.version()).thenReturn("1");
        when(second.version()).thenReturn("2");
    }

    @Test
    void theFirstLeaseAtTheInstantPerformsTheSwapAndNoLeaseBeforeItDoes() {
        ActiveRuleSet active = new ActiveRuleSet(new RuleSetHandle(first), clock());
        AtomicInteger performed = new AtomicInteger();
        ActiveRuleSet.Switch[] set = new ActiveRuleSet.Switch[1];
        set[0] = new ActiveRuleSet.Switch(2, INSTANT, () -> {
            performed.incrementAndGet();
            active.activate(new RuleSetHandle(second)).retire();
            active.clearSwitch(set[0]);
        });
        active.switchAt(set[0]);

        try (RuleSetLease before = active.lease()) {
            assertThat(before.rules()).isSameAs(first);
        }
        assertThat(active.version()).isEqualTo("1");
        now.set(INSTANT);
        try (RuleSetLease at = active.lease()) {
            assertThat(at.rules()).isSameAs(second);
        }
        try (RuleSetLease after = active.lease()) {
            assertThat(after.rules()).isSameAs(second);
        }

        assertThat(performed).hasValue(1);
        assertThat(active.scheduledSwitch()).isNull();
    }

    @Test
    void aSwapCalledOffBeforeItsInstantNeverHappens() {
        ActiveRuleSet active = new ActiveRuleSet(new RuleSetHandle(first), clock());
        ActiveRuleSet.Switch set = new ActiveRuleSet.Switch(2, INSTANT,
                () -> active.activate(new RuleSetHandle(second)));
        active.switchAt(set);

        active.clearSwitch(set);
        now.set(INSTANT.plusSeconds(1));

        assertThat(active.version()).isEqualTo("1");
        CompiledRuleSet used = active.apply(rules -> rules);
        assertThat(used).isSameAs(first);
    }

    private Clock clock() {
        return new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
    }
}
