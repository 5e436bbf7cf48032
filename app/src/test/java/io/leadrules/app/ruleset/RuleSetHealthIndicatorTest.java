package io.leadrules.app.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.RuleFile;
import io.leadrules.rules.engine.RuleSetCompiler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** The ruleSet health component: UP with the version it serves, DOWN once no version can be served. */
class RuleSetHealthIndicatorTest {

    private static final String DRL = """
            package leadrules.fit;
            import io.leadrules.rules.vocabulary.*;

            rule "FIT-ONE The only rule"
            when
                Lead()
            then
            end
            """;

    @Test
    void upWithTheActiveVersionThenDownOnceNoneCanBeServed() {
        CompiledRuleSet rules = new RuleSetCompiler().compile("4", List.of(
                new RuleFile("One.drl", DRL.getBytes(StandardCharsets.UTF_8))));
        ActiveRuleSet active = new ActiveRuleSet(new RuleSetHandle(rules));
        RuleSetHealthIndicator indicator = new RuleSetHealthIndicator(active);

        Health serving = indicator.health();
        active.close();
        Health closed = indicator.health();

        assertThat(serving.getStatus()).isEqualTo(Status.UP);
        assertThat(serving.getDetails()).containsEntry("version", "4").containsEntry("compiled", true)
                .containsEntry("rules", 1).containsEntry("contentHash", rules.contentHash());
        assertThat(closed.getStatus()).isEqualTo(Status.DOWN);
        assertThat(closed.getDetails().get("reason").toString()).contains("No rule set can be served");
    }
}
