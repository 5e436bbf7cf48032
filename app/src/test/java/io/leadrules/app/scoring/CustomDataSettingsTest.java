package io.leadrules.app.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CustomDataSettingsTest {

    @Test
    void leftOutMembersGetTheDocumentedDefaults() {
        CustomDataSettings settings = CustomDataSettings.defaults();

        assertThat(settings.maxAttributes()).isEqualTo(100);
        assertThat(settings.maxAttributeLength()).isEqualTo(1_000);
        assertThat(settings.maxProperties()).isEqualTo(20);
        assertThat(settings.maxPropertyLength()).isEqualTo(500);
    }

    @Test
    void limitsMustBePositiveAndTheMessageNamesTheKey() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CustomDataSettings(0, null, null, null))
                .withMessageContaining("leadrules.custom-data.max-attributes");
        assertThatIllegalArgumentException().isThrownBy(() -> new CustomDataSettings(null, -1, null, null))
                .withMessageContaining("leadrules.custom-data.max-attribute-length");
        assertThatIllegalArgumentException().isThrownBy(() -> new CustomDataSettings(null, null, 0, null))
                .withMessageContaining("leadrules.custom-data.max-properties");
        assertThatIllegalArgumentException().isThrownBy(() -> new CustomDataSettings(null, null, null, 0))
                .withMessageContaining("leadrules.custom-data.max-property-length");
    }
}
