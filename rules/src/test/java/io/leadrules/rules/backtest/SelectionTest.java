package io.leadrules.rules.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SelectionTest {

    /** 5 leads, 3 converted; "MQL or SQL" selects 3 of them, 2 of which converted: precision 2/3, recall 2/3. */
    @Test
    void precisionAndRecallCountTheSelectedConverters() {
        boolean[] selected = {true, true, true, false, false};
        boolean[] converted = {true, false, true, true, false};

        assertThat(Selection.quality(selected, converted))
                .isEqualTo(new SelectionQuality(5, 3, 3, 2, 2.0 / 3, 2.0 / 3));
    }

    @Test
    void selectingNobodyHasNoPrecisionAndNoConverterHasNoRecall() {
        assertThat(Selection.quality(new boolean[2], new boolean[] {true, false}))
                .isEqualTo(new SelectionQuality(2, 1, 0, 0, null, 0.0));
        assertThat(Selection.quality(new boolean[] {true, false}, new boolean[2]))
                .isEqualTo(new SelectionQuality(2, 0, 1, 0, 0.0, null));
    }

    @Test
    void selectionAndOutcomesMustCoverTheSameLeads() {
        assertThatThrownBy(() -> Selection.quality(new boolean[3], new boolean[2]))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("selected has 3 entries but there are 2 outcomes");
    }
}
