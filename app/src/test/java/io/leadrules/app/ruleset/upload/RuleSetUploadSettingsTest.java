package io.leadrules.app.ruleset.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class RuleSetUploadSettingsTest {

    @Test
    void leftOutMembersGetTheDefaults() {
        assertThat(RuleSetUploadSettings.defaults()).isEqualTo(new RuleSetUploadSettings(DataSize.ofBytes(5_242_880),
                DataSize.ofBytes(20_971_520), 10_000, 100, DataSize.ofBytes(52_428_800), 2_000));
    }

    @Test
    void limitsMustBePositiveAndAZipMayHoldAtLeastOneFile() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RuleSetUploadSettings(DataSize.ofBytes(0), null, null, null, null, null))
                .withMessageContaining("leadrules.rulesets.max-file-size");
        assertThatIllegalArgumentException().isThrownBy(() -> new RuleSetUploadSettings(null, null, 0, null, null, null))
                .withMessageContaining("leadrules.rulesets.max-rows");
        assertThatIllegalArgumentException().isThrownBy(() -> new RuleSetUploadSettings(null, null, null, -1, null, null))
                .withMessageContaining("leadrules.rulesets.max-archive-entries");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RuleSetUploadSettings(null, null, null, null, DataSize.ofMegabytes(1), null))
                .withMessageContaining("leadrules.rulesets.max-archive-size");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RuleSetUploadSettings(null, null, null, null, null, 0))
                .withMessageContaining("leadrules.rulesets.max-rules");
    }
}
