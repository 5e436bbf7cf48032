package io.leadrules.app.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ScoringSettingsTest {

    @Test
    void leftOutMembersGetTheDefaults() {
        ScoringSettings settings = ScoringSettings.defaults();

        assertThat(settings.maxActivities()).isEqualTo(5_000);
        assertThat(settings.maxBodySize().toBytes()).isEqualTo(1_048_576);
    }

    @Test
    void limitsMustBePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ScoringSettings(0, null))
                .withMessageContaining("leadrules.scoring.max-activities");
        assertThatIllegalArgumentException().isThrownBy(() -> new ScoringSettings(null, DataSize.ofBytes(0)))
                .withMessageContaining("leadrules.scoring.max-body-size");
    }
}
