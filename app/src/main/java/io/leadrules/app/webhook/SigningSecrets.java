package io.leadrules.app.webhook;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Signing secrets in the Standard Webhooks form: {@code whsec_} and the Base64 of 24 to 64 random bytes; the bytes
 * are the HMAC key. A generated one has 32 bytes and is shown once, when the subscription is created.
 */
final class SigningSecrets {

    static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SigningSecrets() {
    }

    static String generate() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The key of a secret a subscriber chose; empty when it is not a {@code whsec_} secret of 24 to 64 bytes. */
    static Optional<byte[]> key(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
            return key.length >= 24 && key.length <= 64 ? Optional.of(key) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
