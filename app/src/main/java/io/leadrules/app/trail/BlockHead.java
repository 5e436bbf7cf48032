package io.leadrules.app.trail;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One sealed block: entries {@code firstSequence..lastSequence}, the Merkle root of their hashes, the previous
 * block's hash (64 zeros for the first), its own hash (SHA-256 of the canonical JSON of the members before it) and
 * the key's HMAC-SHA256 signature of that hash. The same head is a row of {@code audit_blocks} and a line of the head
 * file (with the chain id).
 */
public record BlockHead(long number, long firstSequence, long lastSequence, String merkleRoot, String previousHash,
                        String hash, String signature, Instant sealedAt) {

    public static final String GENESIS = "0".repeat(64);

    public String computedHash() {
        return hashOf(number, firstSequence, lastSequence, merkleRoot, previousHash, sealedAt);
    }

    static String hashOf(long number, long first, long last, String root, String previous, Instant sealedAt) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("number", number);
        form.put("firstSequence", first);
        form.put("lastSequence", last);
        form.put("merkleRoot", root);
        form.put("previousHash", previous);
        form.put("sealedAt", sealedAt);
        return Hashes.sha256(Canonical.json(form));
    }

    /** The head file line: this head as canonical JSON, with the chain it belongs to. */
    String line(String chainId) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("chain", chainId);
        form.put("number", number);
        form.put("firstSequence", firstSequence);
        form.put("lastSequence", lastSequence);
        form.put("merkleRoot", merkleRoot);
        form.put("previousHash", previousHash);
        form.put("hash", hash);
        form.put("signature", signature);
        form.put("sealedAt", sealedAt);
        return Canonical.json(form);
    }
}
