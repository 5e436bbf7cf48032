package io.leadrules.app.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The signature against the specification's own example and a receiver written from the specification. */
class WebhookSignerTest {

    /** The example of the Standard Webhooks specification and its reference libraries. */
    private static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long SPEC_TIMESTAMP = 1614265330;
    private static final String SPEC_BODY = "{\"test\": 2432232314}";

    @Test
    void theSpecificationsExampleIsSignedAsTheSpecificationSays() {
        byte[] key = SigningSecrets.key(SPEC_SECRET).orElseThrow();

        assertThat(WebhookSigner.sign(key, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aGeneratedSecretSignsWhatTheSpecReceiverVerifiesAndNothingElse() throws Exception {
        String secret = SigningSecrets.generate();
        byte[] key = SigningSecrets.key(secret).orElseThrow();
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        String signature = WebhookSigner.sign(key, "evt-1", now.getEpochSecond(), "{\"a\":1}");

        assertThat(SpecReceiver.verified(secret, "evt-1", "" + now.getEpochSecond(), "{\"a\":1}", signature, now))
                .isTrue();
        assertThat(SpecReceiver.verified(secret, "evt-1", "" + now.getEpochSecond(), "{\"a\":2}", signature, now))
                .isFalse();
        assertThat(SpecReceiver.verified(secret, "evt-2", "" + now.getEpochSecond(), "{\"a\":1}", signature, now))
                .isFalse();
        assertThat(SpecReceiver.verified(SigningSecrets.generate(), "evt-1", "" + now.getEpochSecond(), "{\"a\":1}",
                signature, now)).isFalse();
    }

    @Test
    void aSecretThatIsNotWhsecBase64OfEnoughBytesIsRefused() {
        assertThat(SigningSecrets.key("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).isEmpty();
        assertThat(SigningSecrets.key("whsec_c2hvcnQ=")).isEmpty();
        assertThat(SigningSecrets.key("whsec_not base64!")).isEmpty();
        assertThat(SigningSecrets.generate()).startsWith("whsec_");
    }
}
