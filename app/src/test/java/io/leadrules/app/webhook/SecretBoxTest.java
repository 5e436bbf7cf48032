package io.leadrules.app.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {

    private final SecretBox box = new SecretBox(new WebhookSettings(false, false,
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", null, null, null, null, null, null, null, null, null, null,
            null, null));

    @Test
    void aSealedSecretOpensOnlyForItsOwnSubscriptionAndHoldsNoTraceOfTheSecret() {
        String sealed = box.seal("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "subscription-1");

        assertThat(sealed).doesNotContain("MfKQ9r8GKYqr");
        assertThat(box.open(sealed, "subscription-1")).isEqualTo("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        assertThatThrownBy(() -> box.open(sealed, "subscription-2")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anAlteredSealedSecretDoesNotOpen() {
        byte[] sealed = Base64.getDecoder().decode(box.seal("whsec_abc", "s"));
        sealed[sealed.length - 1] ^= 1;

        assertThatThrownBy(() -> box.open(Base64.getEncoder().encodeToString(sealed), "s"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAConfiguredKeyOneIsGeneratedOnceIntoTheKeyFile(@TempDir Path data) throws Exception {
        Path file = data.resolve("webhook-secrets.key");
        WebhookSettings settings = new WebhookSettings(false, false, null, file, null, null, null, null, null, null,
                null, null, null, null, null);
        String sealed = new SecretBox(settings).seal("whsec_abc", "s");
        String key = Files.readString(file);

        assertThat(new SecretBox(settings).open(sealed, "s")).isEqualTo("whsec_abc");
        assertThat(Files.readString(file)).isEqualTo(key);
        assertThat(Files.getPosixFilePermissions(file)).hasSize(2);
    }
}
