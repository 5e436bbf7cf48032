package io.leadrules.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SimulationSettingsTest {

    @Test
    void aPageSizeLeftOutIsFiveHundred() {
        assertThat(new SimulationSettings(null).pageSize()).isEqualTo(500);
    }

    @Test
    void aPageSizeBelowOneStopsTheServiceNamingTheKey() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SimulationSettings(0))
                .withMessage("leadrules.simulation.page-size must be more than 0, not 0");
    }
}
