package io.leadrules.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What leadrules.security accepts, and the message a too-short initial key stops the start with. */
class SecuritySettingsTest {

    @Test
    void aTooShortInitialKeyStopsTheStartSayingWhy() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SecuritySettings("admin-admin-admin", null, null, null, null))
                .withMessageContaining("leadrules.security.initial-admin-key")
                .withMessageContaining("LEADRULES_SECURITY_INITIAL_ADMIN_KEY")
                .withMessageContaining("at least 32 characters, not 17");
    }

    @Test
    void aBlankInitialKeyMeansNoneSoOneIsGenerated() {
        assertThat(new SecuritySettings("  ", null, null, null, null).initialAdminKey()).isNull();
    }

    @Test
    void membersLeftOutGetTheirDefaults() {
        SecuritySettings settings = new SecuritySettings(null, null, null, null, null);

        assertThat(settings.credentialCacheTime()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.failedLogins().perUser()).isEqualTo(5);
        assertThat(settings.failedLogins().perAddress()).isEqualTo(20);
        assertThat(settings.failedLogins().window()).isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.cors().allowedOrigins()).isEmpty();
    }
}
