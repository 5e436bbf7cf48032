package io.leadrules.app.audit;

import io.leadrules.app.audit.Verification.Mismatch;
import io.leadrules.app.audit.Verification.Tally;
import io.leadrules.app.trail.AuditChain;
import io.leadrules.app.trail.AuditKey;
import io.leadrules.app.trail.BlockHead;
import io.leadrules.app.trail.HeadFile;
import io.leadrules.app.trail.HeadWitness;
import io.leadrules.app.trail.MerkleRoot;
import io.leadrules.app.trail.SealedEntries;
import io.leadrules.app.trail.SealedEntry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The chain of blocks, in order: every sequence number present once (a gap is a deleted entry), every entry's
 * content matching its hash, each block's Merkle root matching its entries, its previous hash the last block's hash,
 * its head its hash, its signature the key's, and the head file holding exactly the same head; then no entry sealed
 * outside a block, and no head in the head file that the database lacks. The head file is this instance's witness
 * ({@link HeadWitness}): with several instances, each checks the database against the heads it witnessed itself.
 */
@Component
class ChainCheck {

    private static final int PAGE = 200;

    private final SealedEntries entries;
    private final AuditChain chain;
    private final AuditKey key;
    private final HeadFile headFile;
    private final HeadWitness witness;

    ChainCheck(SealedEntries entries, AuditChain chain, AuditKey key, HeadFile headFile, HeadWitness witness) {
        this.witness = witness;
        this.entries = entries;
        this.chain = chain;
        this.key = key;
        this.headFile = headFile;
    }

    Optional<Mismatch> check(Tally tally) {
        Map<Long, BlockHead> heads = headFile.heads(chain.id());
        BlockHead previous = null;
        List<BlockHead> page;
        do {
            page = entries.blocks(previous == null ? 1 : previous.number() + 1, PAGE);
            for (BlockHead block : page) {
                if (!heads.containsKey(block.number())) {
                    heads = witnessed();
                }
                Optional<Mismatch> found = block(block, previous, heads.get(block.number()), tally);
                if (found.isPresent()) {
                    return found;
                }
                previous = block;
            }
        } while (page.size() == PAGE);
        return tail(previous, heads);
    }

    /**
     * The head file after this instance witnessed the blocks sealed since it was read: another instance may have sealed
     * one a moment ago, which this instance's file cannot hold yet.
     */
    private Map<Long, BlockHead> witnessed() {
        witness.catchUp();
        return headFile.heads(chain.id());
    }

    private Optional<Mismatch> block(BlockHead block, BlockHead previous, BlockHead head, Tally tally) {
        long expectedNumber = previous == null ? 1 : previous.number() + 1;
        long expectedFirst = previous == null ? 1 : previous.lastSequence() + 1;
        if (block.number() != expectedNumber || block.firstSequence() != expectedFirst) {
            return mismatch("block", expectedNumber, "is missing: the blocks go from " + (expectedNumber - 1)
                    + " to " + block.number() + " or the sequence numbers jump to " + block.firstSequence());
        }
        Optional<Mismatch> content = contents(block, tally);
        if (content.isPresent()) {
            return content;
        }
        tally.add(1);
        return head(block, previous, head);
    }

    private Optional<Mismatch> contents(BlockHead block, Tally tally) {
        List<SealedEntry> sealed = entries.sequenceRange(block.firstSequence(), block.lastSequence());
        for (long sequence = block.firstSequence(); sequence <= block.lastSequence(); sequence++) {
            int i = (int) (sequence - block.firstSequence());
            if (i >= sealed.size() || sealed.get(i).sequenceNumber() != sequence) {
                return mismatch("audit-entry", sequence, "is missing: it was deleted from the trail");
            }
            SealedEntry entry = sealed.get(i);
            if (entry.blockNumber() == null || entry.blockNumber() != block.number()
                    || !entry.computedHash().equals(entry.entryHash())) {
                return mismatch("audit-entry", sequence, "does not match its hash: its instant, actor, action, "
                        + "subject or digest was changed after it was sealed");
            }
        }
        tally.add(sealed.size());
        if (!MerkleRoot.of(sealed.stream().map(SealedEntry::entryHash).toList()).equals(block.merkleRoot())) {
            return mismatch("block", block.number(), "its Merkle root does not match its entries");
        }
        return Optional.empty();
    }

    private Optional<Mismatch> head(BlockHead block, BlockHead previous, BlockHead inFile) {
        String previousHash = previous == null ? BlockHead.GENESIS : previous.hash();
        if (!block.previousHash().equals(previousHash)) {
            return mismatch("block", block.number(), "does not chain to the block before it");
        }
        if (!block.computedHash().equals(block.hash())) {
            return mismatch("block", block.number(), "its head does not match its hash");
        }
        if (!key.signed(block.hash(), block.signature())) {
            return mismatch("block", block.number(), "its signature is not the audit key's: the chain was "
                    + "recomputed without the key");
        }
        if (inFile == null) {
            return mismatch("head-file", block.number(), "the head file has no line for this block");
        }
        if (!inFile.equals(block)) {
            return mismatch("head-file", block.number(), "the head file's line for this block differs from the "
                    + "database's");
        }
        return Optional.empty();
    }

    private Optional<Mismatch> tail(BlockHead last, Map<Long, BlockHead> heads) {
        long lastNumber = last == null ? 0 : last.number();
        long lastSequence = last == null ? 0 : last.lastSequence();
        Optional<Long> unnumbered = entries.unnumbered();
        if (unnumbered.isPresent()) {
            return Optional.of(new Mismatch("audit-entry", "row " + unnumbered.get(), "has no sequence number: it was"
                    + " put into the trail by hand, not sealed"));
        }
        if (entries.strays(lastSequence) > 0) {
            return mismatch("audit-entry", lastSequence + 1, "carries a sequence number beyond the last block");
        }
        return heads.keySet().stream().filter(number -> number > lastNumber).sorted().findFirst()
                .flatMap(number -> mismatch("block", number, "is in the head file but missing from the database"));
    }

    private static Optional<Mismatch> mismatch(String record, long id, String reason) {
        return Optional.of(new Mismatch(record, Long.toString(id), reason));
    }
}
