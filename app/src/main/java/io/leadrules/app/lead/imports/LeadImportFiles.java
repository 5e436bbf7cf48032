package io.leadrules.app.lead.imports;

import io.leadrules.app.system.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Uploaded imports: each is copied to a file of its own as it streams in, its lines counted and measured on the way
 * ({@link UploadLines}), and forced to disk before the job is queued, so that a 202 means the leads survive a crash
 * of the service until their job runs. The file holds personal data: it goes when its job ends, and any left by a
 * stopped service goes at startup (the job itself is FAILED then).
 */
@Component
class LeadImportFiles implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(LeadImportFiles.class);
    private static final int CHUNK = 64 * 1024;

    private final Path directory;
    private final LeadImportSettings settings;

    LeadImportFiles(LeadImportSettings settings) {
        this.settings = settings;
        this.directory = settings.fileDir();
    }

    /** The upload as a file on disk, with how many lines it has; a problem (and no file) when it is too large. */
    Kept keep(UUID id, InputStream body, ImportFormat format) {
        Path file = directory.resolve(id + format.suffix());
        try {
            Files.createDirectories(directory);
            long lines = copy(body, file);
            return new Kept(file, lines);
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException("the import could not be kept for its job", e);
        } catch (ProblemException e) {
            delete(file);
            throw drained(body, e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    /**
     * The rest of a refused upload is read and dropped (never kept, still under the body limit) before the problem is
     * answered: a client that is still sending when the answer comes reads a broken response otherwise.
     */
    private static ProblemException drained(InputStream body, ProblemException problem) {
        try {
            body.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            log.debug("The rest of a refused import could not be read: {}", e.toString());
        }
        return problem;
    }

    private long copy(InputStream body, Path file) throws IOException {
        UploadLines lines = new UploadLines(settings.maxLines(), settings.maxLineSize().toBytes());
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            byte[] chunk = new byte[CHUNK];
            for (int read = body.read(chunk); read != -1; read = body.read(chunk)) {
                lines.count(chunk, read);
                ByteBuffer buffer = ByteBuffer.wrap(chunk, 0, read);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
            }
            out.force(true);
        }
        return lines.total();
    }

    void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the lead import {}: {}", file, e.toString());
        }
    }

    /** Deletes every upload a previous run of the service left (their jobs are FAILED at startup too). */
    @Override
    public void afterSingletonsInstantiated() {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(ImportFormat::isUpload).forEach(this::delete);
        } catch (IOException e) {
            log.warn("Could not clear {}: {}", directory, e.toString());
        }
    }

    /** A kept upload: its file and how many lines (blank ones included) it has. */
    record Kept(Path file, long lines) {
    }
}
