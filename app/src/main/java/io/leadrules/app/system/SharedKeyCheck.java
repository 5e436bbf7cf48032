package io.leadrules.app.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a key read from this instance's disk ({@link KeyFiles}) is the one the other instances on this database
 * hold: the first to start records a fingerprint in {@code shared_key_checks} (V23), each later start compares. A
 * mismatch is logged as an error naming the setting, not refused: a key file replaced on purpose (a restored backup)
 * must not stop the only instance, and the features say what a foreign key breaks (verification fails, retries are
 * 422s). The fingerprint is an HMAC of a fixed text under the key: it tells nothing of the key.
 */
@Component
public class SharedKeyCheck {

    private static final Logger log = LoggerFactory.getLogger(SharedKeyCheck.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    SharedKeyCheck(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return whether this key is the one recorded for the purpose (true when it is the first recorded) */
    public boolean sameAsRecorded(String purpose, byte[] key, String setting) {
        String mine = fingerprint(purpose, key);
        String recorded = recorded(purpose).orElseGet(() -> record(purpose, mine));
        if (!recorded.equals(mine)) {
            log.error("This instance's {} key ({}) is not the one the other instances on this database hold: give every"
                    + " instance the same key file (docs/operations.md, \"What the instances share\")", purpose,
                    setting);
            return false;
        }
        return true;
    }

    private Optional<String> recorded(String purpose) {
        return jdbc.sql("SELECT fingerprint FROM shared_key_checks WHERE purpose = :purpose").param("purpose", purpose)
                .query(String.class).optional();
    }

    private String record(String purpose, String fingerprint) {
        try {
            jdbc.sql("INSERT INTO shared_key_checks (purpose, fingerprint, recorded_at) VALUES (:purpose, :fingerprint,"
                    + " :at)").param("purpose", purpose).param("fingerprint", fingerprint)
                    .param("at", Timestamp.from(clock.instant())).update();
            return fingerprint;
        } catch (DuplicateKeyException another) {
            return recorded(purpose).orElseThrow(() -> another);
        }
    }

    private static String fingerprint(String purpose, byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(("leadrules shared key check: " + purpose)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is always available", e);
        }
    }
}
