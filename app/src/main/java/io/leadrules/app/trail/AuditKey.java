package io.leadrules.app.trail;

import io.leadrules.app.system.KeyFiles;
import io.leadrules.app.system.SharedKeyCheck;
import java.nio.file.Path;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The key that signs block heads (HMAC-SHA256), kept in {@code leadrules.audit.key-file}, outside the database: a
 * database administrator who rewrites the chain cannot sign it. Created (256 random bits, Base64, mode 0600) at the
 * first start when missing; it should then be moved to another volume than the database's. Every instance on one
 * database needs the same key ({@link SharedKeyCheck} says when one does not).
 */
@Component
public class AuditKey {

    private static final Logger log = LoggerFactory.getLogger(AuditKey.class);

    private final byte[] key;

    AuditKey(AuditSettings settings, SharedKeyCheck check) {
        this.key = loadOrCreate(settings.keyFile().toAbsolutePath());
        check.sameAsRecorded("audit", key, "leadrules.audit.key-file");
    }

    String sign(String blockHash) {
        return Hashes.hmac(key, blockHash);
    }

    /** Whether the signature is this key's signature of the block hash. */
    public boolean signed(String blockHash, String signature) {
        return Hashes.same(sign(blockHash), signature);
    }

    private static byte[] loadOrCreate(Path file) {
        return KeyFiles.loadOrCreate(file, "audit", created -> log.warn("Created the audit signing key {} (mode 0600). "
                + "Move it to another volume than the database and set leadrules.audit.key-file: whoever holds both "
                + "can rewrite the audit trail.", created));
    }
}
