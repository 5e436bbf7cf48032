package io.leadrules.app.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * A request's fingerprint is kept a day beside its key, and a body may hold a password its sender chose
 * ({@code POST /api/v1/users}): the fingerprint is keyed, so a copy of the database alone cannot test guesses.
 */
class RequestFingerprintTest {

    private static final String BODY = "{\"name\": \"ana\", \"password\": \"summer2026\"}";

    @Test
    void theSameRequestUnderTheSameKeyHasTheSameFingerprint() throws Exception {
        assertThat(fingerprint("one")).isEqualTo(fingerprint("one"));
    }

    @Test
    void anotherServiceKeyGivesAnotherFingerprint() throws Exception {
        assertThat(fingerprint("one")).isNotEqualTo(fingerprint("two"));
    }

    @Test
    void theFingerprintIsNotAPlainHashOfTheBody() throws Exception {
        String plain = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(BODY.getBytes(StandardCharsets.UTF_8)));

        assertThat(fingerprint("one")).isNotEqualTo(plain).doesNotContain(plain);
    }

    private static String fingerprint(String serviceKey) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/users");
        request.setContentType("application/json");
        request.setContent(BODY.getBytes(StandardCharsets.UTF_8));
        try (RequestFingerprint fingerprint = RequestFingerprint.of(request,
                new SecretKeySpec(serviceKey.repeat(8).getBytes(StandardCharsets.US_ASCII), "HmacSHA256"))) {
            return fingerprint.hash();
        }
    }
}
