package io.leadrules.app.trail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The canonical form of an uploaded rule version: its id, its content hash and, in the version's order, each file's
 * name and SHA-256. Verification recomputes each file's SHA-256 from its bytes and the content hash from the files,
 * then this digest from those: a changed byte, a changed stored hash, or both, shows.
 */
public final class RuleVersionDigests {

    private RuleVersionDigests() {
    }

    /** One file of a version as the digest covers it. */
    public record FileDigest(String name, String sha256) {
    }

    public static AuditDigest uploaded(long versionId, String contentHash, List<FileDigest> files) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("id", versionId);
        form.put("contentHash", contentHash);
        form.put("files", files.stream().map(file -> Map.of("name", file.name(), "sha256", file.sha256())).toList());
        return AuditDigest.plain(form);
    }
}
