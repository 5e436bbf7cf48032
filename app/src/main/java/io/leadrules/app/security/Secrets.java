package io.leadrules.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** The secrets the service hands out once (API keys, one-time passwords) and the hash it keeps of a key. */
final class Secrets {

    /** Every generated key starts so, so that a leaked one is recognisable (secret scanners, log reviews). */
    static final String KEY_PREFIX = "lr_";
    /** Characters of a key kept in clear for people to tell keys apart: the prefix and 8 of 43 random ones. */
    static final int PUBLIC_PREFIX_LENGTH = KEY_PREFIX.length() + 8;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private Secrets() {
    }

    /** A new API key: 256 random bits, base64url, after {@value #KEY_PREFIX}. */
    static String newKey() {
        return KEY_PREFIX + random(32);
    }

    /** A new one-time password: 144 random bits, 24 base64url characters (bcrypt reads at most 72 bytes). */
    static String newPassword() {
        return random(18);
    }

    /** What the database keeps of a key: SHA-256, hex. A key is random, so a slow hash would add nothing. */
    static String sha256(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** The characters of a key people may see: never enough to use it. */
    static String publicPrefix(String key) {
        return key.substring(0, Math.min(PUBLIC_PREFIX_LENGTH, key.length() / 4));
    }

    private static String random(int bytes) {
        byte[] secret = new byte[bytes];
        RANDOM.nextBytes(secret);
        return BASE64URL.encodeToString(secret);
    }
}
