package io.leadrules.rules.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleFiringsTest {

    /**
     * 4 leads, 2 converted. FIT-CTO fires for leads 1 (converted) and 2 (not): 1 of 2 against 1 of 2 without it.
     * ENG-DEMO fires for lead 1 and lead 3 (both converted): 2 of 2 against 0 of 2. STAGE-DEAD fires for none:
     * 0 leads, rate null, against 2 of 4. X-EXTRA is not in the version's list but fired for lead 4.
     */
    @Test
    void eachRuleIsSetAgainstTheLeadsItDidNotFireFor() {
        RuleFirings firings = new RuleFirings(List.of("FIT-CTO", "ENG-DEMO", "STAGE-DEAD"));

        firings.record(true, List.of("FIT-CTO", "ENG-DEMO", "ENG-DEMO"));
        firings.record(false, List.of("FIT-CTO"));
        firings.record(true, List.of("ENG-DEMO"));
        firings.record(false, List.of("X-EXTRA"));

        assertThat(firings.table()).containsExactly(
                new RuleRow("FIT-CTO", Conversion.of(2, 1), Conversion.of(2, 1)),
                new RuleRow("ENG-DEMO", Conversion.of(2, 2), Conversion.of(2, 0)),
                new RuleRow("STAGE-DEAD", new Conversion(0, 0, null), Conversion.of(4, 2)),
                new RuleRow("X-EXTRA", Conversion.of(1, 0), Conversion.of(3, 2)));
    }

    @Test
    void aRuleThatFiredForEveryLeadHasNoRateWithout() {
        RuleFirings firings = new RuleFirings(List.of("ALWAYS"));
        firings.record(true, List.of("ALWAYS"));

        assertThat(firings.table()).containsExactly(
                new RuleRow("ALWAYS", Conversion.of(1, 1), new Conversion(0, 0, null)));
    }
}
