package io.leadrules.app.webhook;

import io.leadrules.app.system.KeyFiles;
import io.leadrules.app.system.SharedKeys;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Signing secrets encrypted at rest (AES-256-GCM, a fresh 96-bit nonce each time, the subscription id as associated
 * data so a secret copied onto another row does not decrypt). The key is {@code leadrules.webhooks.secret-key}, or a
 * key generated once into {@code secret-key-file} (mode 0600) like the audit key: a copy of the database alone does
 * not give the secrets away.
 */
@Component
class SecretBox {

    private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE = 12;

    private final SecretKeySpec key;

    /** The key of every instance on the database ({@link SharedKeys}): a secret sealed by one opens on the others. */
    @Autowired
    SecretBox(WebhookSettings settings, SharedKeys shared) {
        this(settings);
        shared.require("webhook", key.getEncoded(), "leadrules.webhooks.secret-key or secret-key-file");
    }

    /** A box on the settings' key alone, for tests of the box itself. */
    SecretBox(WebhookSettings settings) {
        this.key = key(settings.secretKey() != null && !settings.secretKey().isBlank()
                ? Base64.getDecoder().decode(settings.secretKey().trim())
                : loadOrCreate(settings.secretKeyFile().toAbsolutePath()));
    }

    private static SecretKeySpec key(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("leadrules.webhooks.secret-key must be 256 bits (32 bytes) in Base64");
        }
        return new SecretKeySpec(key, "AES");
    }

    String seal(String secret, String context) {
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce, context, secret.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed)
                .array());
    }

    String open(String sealed, String context) {
        byte[] all = Base64.getDecoder().decode(sealed);
        byte[] nonce = Arrays.copyOf(all, NONCE);
        byte[] text = Arrays.copyOfRange(all, NONCE, all.length);
        return new String(cipher(Cipher.DECRYPT_MODE, nonce, context, text), StandardCharsets.UTF_8);
    }

    private byte[] cipher(int mode, byte[] nonce, String context, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A webhook secret does not decrypt with this key (another "
                    + "leadrules.webhooks.secret-key, or the stored value was altered)", e);
        }
    }

    private static byte[] loadOrCreate(Path file) {
        return KeyFiles.loadOrCreate(file, "webhook", created -> log.warn("Created the webhook secret key {} (mode "
                + "0600). Keep it with backups of the database, apart from them: without it no subscription can sign.",
                created));
    }
}
