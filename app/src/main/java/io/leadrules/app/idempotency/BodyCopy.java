package io.leadrules.app.idempotency;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.crypto.Mac;

/**
 * A request body read once to be hashed, and kept to be read again by the handler: in memory up to
 * {@value #IN_MEMORY} bytes, in a temporary file beyond (a lead import may be a gigabyte; the body limits of
 * {@code system.RequestBodyLimit} have already capped what is read). {@link #close()} deletes the file.
 */
final class BodyCopy implements AutoCloseable {

    static final int IN_MEMORY = 1_048_576;

    private final byte[] bytes;
    private final Path file;

    private BodyCopy(byte[] bytes, Path file) {
        this.bytes = bytes;
        this.file = file;
    }

    /** Reads the whole body, feeding every byte to {@code digest}. */
    static BodyCopy read(InputStream body, Mac digest) throws IOException {
        ByteArrayOutputStream memory = new ByteArrayOutputStream();
        byte[] buffer = new byte[65_536];
        int read;
        while ((read = body.read(buffer)) >= 0) {
            digest.update(buffer, 0, read);
            memory.write(buffer, 0, read);
            if (memory.size() > IN_MEMORY) {
                return spooled(memory, body, digest, buffer);
            }
        }
        return new BodyCopy(memory.toByteArray(), null);
    }

    private static BodyCopy spooled(ByteArrayOutputStream start, InputStream body, Mac digest,
                                    byte[] buffer) throws IOException {
        Path file = Files.createTempFile("leadrules-idempotent-", ".body");
        try (OutputStream out = Files.newOutputStream(file)) {
            start.writeTo(out);
            int read;
            while ((read = body.read(buffer)) >= 0) {
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
        } catch (IOException | RuntimeException failed) {
            Files.deleteIfExists(file);
            throw failed;
        }
        return new BodyCopy(null, file);
    }

    InputStream open() throws IOException {
        return file == null ? new ByteArrayInputStream(bytes) : Files.newInputStream(file);
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }
}
