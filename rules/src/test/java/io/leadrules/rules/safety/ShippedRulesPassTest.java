package io.leadrules.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.rules.defaults.DefaultRuleSet;
import io.leadrules.rules.engine.RuleFile;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Version 1 is what the allow-list was derived from: every written DRL file of it passes untouched. */
class ShippedRulesPassTest {

    @Test
    void everyShippedDrlFileIsAllowed() {
        for (RuleFile file : DefaultRuleSet.files()) {
            if (file.isDrl()) {
                DrlReview review = DrlPolicy.review(new String(file.content(), StandardCharsets.UTF_8));
                assertThat(review.violations()).as(file.name()).isEmpty();
                assertThat(review.readable()).as(file.name()).isTrue();
                assertThat(review.ruleCount()).as(file.name()).isPositive();
            }
        }
    }
}
