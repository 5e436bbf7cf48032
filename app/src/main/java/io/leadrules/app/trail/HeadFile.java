package io.leadrules.app.trail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code leadrules.audit.head-file}: every sealed block head as one JSON line, appended and forced to disk, outside
 * the database. Several databases (a test's, a copy's) may share one file: each line names its chain.
 */
@Component
public class HeadFile {

    private final Path file;
    private final JsonMapper json;

    HeadFile(AuditSettings settings, JsonMapper json) {
        this.file = settings.headFile().toAbsolutePath();
        this.json = json;
    }

    synchronized void append(String chainId, BlockHead head) {
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE)) {
                out.write(StandardCharsets.UTF_8.encode(head.line(chainId) + "\n"));
                out.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the audit head file " + file, e);
        }
    }

    /** The heads of this chain by block number; a line that is not a head of it is not one of them. */
    public synchronized Map<Long, BlockHead> heads(String chainId) {
        Map<Long, BlockHead> heads = new HashMap<>();
        for (String line : lines()) {
            JsonNode head = parse(line);
            if (head != null && chainId.equals(head.path("chain").asString(null))) {
                heads.put(head.path("number").asLong(), toHead(head));
            }
        }
        return heads;
    }

    private List<String> lines() {
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit head file " + file, e);
        }
    }

    private JsonNode parse(String line) {
        try {
            return line.isBlank() ? null : json.readTree(line);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static BlockHead toHead(JsonNode head) {
        return new BlockHead(head.path("number").asLong(), head.path("firstSequence").asLong(),
                head.path("lastSequence").asLong(), head.path("merkleRoot").asString(null),
                head.path("previousHash").asString(null), head.path("hash").asString(null),
                head.path("signature").asString(null), Instant.parse(head.path("sealedAt").asString()));
    }
}
