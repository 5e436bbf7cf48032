package io.leadrules.app.rescoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class RescoringSettingsTest {

    @Test
    void leftOutMembersGetTheirDefaults() {
        assertThat(RescoringSettings.defaults()).isEqualTo(new RescoringSettings(true, "0 0 2 * * *", 500));
    }

    @Test
    void aBrokenCronOrPageSizeStopsTheServiceFromStarting() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RescoringSettings(true, "0 2 * * *", null))
                .withMessageContaining("leadrules.rescoring.cron");
        assertThatIllegalArgumentException().isThrownBy(() -> new RescoringSettings(true, null, 0))
                .withMessageContaining("leadrules.rescoring.page-size");
    }
}
