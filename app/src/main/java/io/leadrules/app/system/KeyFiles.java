package io.leadrules.app.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Consumer;

/**
 * A 256-bit key kept in a file of its own, outside the database (the audit trail's signing key, the webhook secrets'
 * encryption key): read when it exists, created at the first start when it does not. A new key is written to a
 * temporary file of mode 0600 first, synced, and moved in place, so nobody reads half a key and a crash leaves either
 * no key or a whole one.
 */
public final class KeyFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyFiles() {
    }

    /**
     * The key in {@code file}, created when missing.
     *
     * @param purpose  a word for the temporary file and the messages, such as "audit"
     * @param created  told the file's path when this call created it (to log what the operator should do with it)
     */
    public static synchronized byte[] loadOrCreate(Path file, String purpose, Consumer<Path> created) {
        try {
            if (!Files.exists(file)) {
                create(file, purpose);
                created.accept(file);
            }
            return Base64.getDecoder().decode(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the " + purpose + " key file " + file, e);
        }
    }

    private static void create(Path file, String purpose) throws IOException {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        Files.createDirectories(file.getParent());
        Path draft = Files.createTempFile(file.getParent(), purpose, ".key",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(draft, Base64.getEncoder().encodeToString(fresh), StandardOpenOption.SYNC);
        Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE);
    }
}
