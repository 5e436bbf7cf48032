package io.leadrules.rules.backtest.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The holdout and the sharing out of the fit weights, on numbers worked out by hand. */
class SuggestionPartsTest {

    @Test
    void aLeadIsHeldOutByItsIndexAndTheSeedAloneNotByHowManyLeadsThereAre() {
        boolean[] few = Holdout.choose(50, 11, 0.3);
        boolean[] many = Holdout.choose(10_000, 11, 0.3);
        assertThat(Arrays.copyOf(many, 50)).isEqualTo(few);
        long held = 0;
        for (boolean b : many) {
            held += b ? 1 : 0;
        }
        assertThat(held).isBetween(2_850L, 3_150L);
        assertThat(Holdout.choose(10_000, 12, 0.3)).isNotEqualTo(many);
        assertThat(Holdout.choose(100, 11, 0)).doesNotContain(true);
    }

    @Test
    void theWeightsAreSharedOutInProportionAndAddUpToTheTotalExactly() {
        Map<String, Double> best = new LinkedHashMap<>();
        best.put("ROLE", 1.0);
        best.put("SIZE", 1.0);
        best.put("SOURCE", 1.0);
        best.put("NEED", -0.5);
        // 100 / 3 = 33.33 each: the remainders are equal, so the first by name (ROLE) takes the last point
        assertThat(CategoryShares.share(best, 100)).containsExactly(Map.entry("ROLE", 34), Map.entry("SIZE", 33),
                Map.entry("SOURCE", 33), Map.entry("NEED", 0));
    }

    @Test
    void withoutAPositiveCoefficientNoWeightIsSuggested() {
        assertThat(CategoryShares.share(Map.of("ROLE", -1.0, "SIZE", 0.0), 100)).isEmpty();
    }

    @Test
    void settingsOutsideTheirRangeAreRefused() {
        assertThatThrownBy(() -> new SuggestionSettings(1, 1.0, 1, 10)).hasMessageContaining("holdoutShare");
        assertThatThrownBy(() -> new SuggestionSettings(1, 0.3, 0, 10)).hasMessageContaining("regularisation");
        assertThatThrownBy(() -> new SuggestionSettings(1, 0.3, 1, 0)).hasMessageContaining("minLeads");
    }
}
