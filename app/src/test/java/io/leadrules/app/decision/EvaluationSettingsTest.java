package io.leadrules.app.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.leadrules.rules.engine.CompiledRuleSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class EvaluationSettingsTest {

    @Test
    void theCapIsReadFromTheKeyItAlwaysHad() {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of(
                "leadrules.scoring.max-rule-firings", "7", "leadrules.scoring.max-activities", "10")));

        assertThat(binder.bind("leadrules.scoring", EvaluationSettings.class).get().maxRuleFirings()).isEqualTo(7);
    }

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
