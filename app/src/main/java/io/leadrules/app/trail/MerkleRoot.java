package io.leadrules.app.trail;

import java.util.ArrayList;
import java.util.List;

/**
 * The Merkle root of a block's entry hashes, in sequence order: leaves are SHA-256("0:" + hash), inner nodes
 * SHA-256("1:" + left + right) (the prefixes keep a leaf from passing as a node), and an odd last node is paired with
 * itself. One changed, missing or reordered entry changes the root.
 */
public final class MerkleRoot {

    private MerkleRoot() {
    }

    public static String of(List<String> hashes) {
        if (hashes.isEmpty()) {
            throw new IllegalArgumentException("A block has at least one entry");
        }
        List<String> level = hashes.stream().map(hash -> Hashes.sha256("0:" + hash)).toList();
        while (level.size() > 1) {
            List<String> next = new ArrayList<>();
            for (int i = 0; i < level.size(); i += 2) {
                String right = i + 1 < level.size() ? level.get(i + 1) : level.get(i);
                next.add(Hashes.sha256("1:" + level.get(i) + right));
            }
            level = next;
        }
        return level.get(0);
    }
}
