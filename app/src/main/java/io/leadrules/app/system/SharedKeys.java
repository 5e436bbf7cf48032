package io.leadrules.app.system;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Holds every instance sharing a database to the same keys. The keys that live outside the database (the audit trail's
 * signing key, the webhook secrets' key, the idempotency fingerprint key: {@link KeyFiles}) are one copy per instance,
 * and an instance that created a key of its own would sign blocks no other instance can check, fail to open the
 * secrets the others sealed, or take a retried request for a new one. So each key's fingerprint is recorded in the
 * database by the first instance to start ({@code key_fingerprints}, V28), and an instance whose key has another
 * fingerprint refuses to start, naming the setting to correct, before it serves or writes anything.
 */
@Component
public class SharedKeys {

    private static final String FINGERPRINT_TEXT = "leadrules key fingerprint: ";

    private final JdbcClient jdbc;
    private final Clock clock;

    SharedKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records {@code key} as the key of {@code purpose} when no instance has, and else requires it to be that key.
     *
     * @param setting the setting an operator changes to give this instance the others' key, for the message
     * @throws IllegalStateException when the database knows another key for the purpose: the instance must not start
     */
    public void require(String purpose, byte[] key, String setting) {
        String fingerprint = fingerprint(purpose, key);
        String known = recorded(purpose).orElseGet(() -> record(purpose, fingerprint));
        if (!known.equals(fingerprint)) {
            throw new IllegalStateException("This instance's " + purpose + " key is not the one the other instances "
                    + "on this database use (its fingerprint is " + fingerprint.substring(0, 12) + "..., the database "
                    + "knows " + known.substring(0, 12) + "...). Every instance must hold the same key: give this "
                    + "one a copy of the key the first instance created, through " + setting + " (docs/operations.md, "
                    + "\"Deploying N instances\"). Nothing was written.");
        }
    }

    private Optional<String> recorded(String purpose) {
        return jdbc.sql("SELECT fingerprint FROM key_fingerprints WHERE purpose = :purpose")
                .param("purpose", purpose).query(String.class).optional();
    }

    /** The fingerprint now recorded: this one, or the one another instance starting at the same moment recorded. */
    private String record(String purpose, String fingerprint) {
        try {
            jdbc.sql("INSERT INTO key_fingerprints (purpose, fingerprint, recorded_at) VALUES (:purpose, :fingerprint, "
                            + ":at)").param("purpose", purpose).param("fingerprint", fingerprint)
                    .param("at", Timestamp.from(clock.instant())).update();
            return fingerprint;
        } catch (DuplicateKeyException raced) {
            return recorded(purpose).orElseThrow(() -> raced);
        }
    }

    static String fingerprint(String purpose, byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((FINGERPRINT_TEXT + purpose).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
