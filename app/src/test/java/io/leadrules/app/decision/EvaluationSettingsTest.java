package io.leadrules.app.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.leadrules.rules.engine.CompiledRuleSet;
import org.junit.jupiter.api.Test;

class EvaluationSettingsTest {

    @Test
    void aLeftOutFiringCapGetsTheEnginesDefault() {
        assertThat(EvaluationSettings.defaults().maxRuleFirings()).isEqualTo(CompiledRuleSet.DEFAULT_MAX_FIRINGS);
    }

    @Test
    void theFiringCapMustBePositiveAndKeepsItsKey() {
        assertThatIllegalArgumentException().isThrownBy(() -> new EvaluationSettings(-1))
                .withMessageContaining("leadrules.scoring.max-rule-firings");
        assertThatIllegalArgumentException().isThrownBy(() -> new EvaluationSettings(0))
                .withMessageContaining("leadrules.scoring.max-rule-firings");
    }
}
