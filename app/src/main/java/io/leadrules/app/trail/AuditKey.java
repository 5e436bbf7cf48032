package io.leadrules.app.trail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The key that signs block heads (HMAC-SHA256), kept in {@code leadrules.audit.key-file}, outside the database: a
 * database administrator who rewrites the chain cannot sign it. Created (256 random bits, Base64, mode 0600) at the
 * first start when missing; it should then be moved to another volume than the database's.
 */
@Component
public class AuditKey {

    private static final Logger log = LoggerFactory.getLogger(AuditKey.class);

    private final byte[] key;

    AuditKey(AuditSettings settings) {
        this.key = loadOrCreate(settings.keyFile().toAbsolutePath());
    }

    String sign(String blockHash) {
        return Hashes.hmac(key, blockHash);
    }

    /** Whether the signature is this key's signature of the block hash. */
    public boolean signed(String blockHash, String signature) {
        return Hashes.same(sign(blockHash), signature);
    }

    private static synchronized byte[] loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return Base64.getDecoder().decode(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit key file " + file, e);
        }
    }

    /** Written to a temporary file of mode 0600 first and moved in place, so nobody reads half a key. */
    private static void create(Path file) throws IOException {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        Files.createDirectories(file.getParent());
        Path draft = Files.createTempFile(file.getParent(), "audit", ".key",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(draft, Base64.getEncoder().encodeToString(fresh), StandardOpenOption.SYNC);
        Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE);
        log.warn("Created the audit signing key {} (mode 0600). Move it to another volume than the database and set "
                + "leadrules.audit.key-file: whoever holds both can rewrite the audit trail.", file);
    }
}
