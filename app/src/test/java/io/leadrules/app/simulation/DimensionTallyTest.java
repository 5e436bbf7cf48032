package io.leadrules.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.simulation.ImpactReport.Transition;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DimensionTallyTest {

    @Test
    void countsEachSideAndEveryMoveWithNoValueAsNone() {
        DimensionTally stages = new DimensionTally();
        stages.add("LEAD", "MQL");
        stages.add("LEAD", "MQL");
        stages.add("MQL", "SQL");
        stages.add("SQL", "SQL");
        stages.add(null, "LEAD");

        assertThat(stages.before()).containsExactly(entry("LEAD", 2), entry("MQL", 1), entry("SQL", 1),
                entry("NONE", 1));
        assertThat(stages.after()).containsExactly(entry("LEAD", 1), entry("MQL", 2), entry("SQL", 2),
                entry("NONE", 0));
        assertThat(stages.transitions()).containsExactly(new Transition("LEAD", "MQL", 2),
                new Transition("MQL", "SQL", 1), new Transition("NONE", "LEAD", 1));
    }

    @Test
    void unchangedLeadsAreNoTransition() {
        DimensionTally temperatures = new DimensionTally();
        temperatures.add("HOT", "HOT");
        temperatures.add(null, null);

        assertThat(temperatures.transitions()).isEmpty();
        assertThat(temperatures.before()).isEqualTo(temperatures.after());
        assertThat(temperatures.after()).containsExactly(entry("HOT", 1), entry("NONE", 1));
    }

    @Test
    void nothingCountedIsEmpty() {
        DimensionTally grades = new DimensionTally();

        assertThat(grades.before()).isEmpty();
        assertThat(grades.transitions()).isEmpty();
    }

    private static Map.Entry<String, Integer> entry(String value, int leads) {
        return Map.entry(value, leads);
    }
}
