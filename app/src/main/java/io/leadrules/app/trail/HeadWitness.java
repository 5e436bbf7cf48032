package io.leadrules.app.trail;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * This instance's witness of the chain: every block head the database holds, appended to this instance's own head
 * file ({@link HeadFile}, in its data directory) once it has checked that the head chains to the last one it witnessed
 * and carries the audit key's signature. With several instances on one database each seals some blocks and sees the
 * others' on its next look (every seal interval, and before a verification), so each head file holds the whole chain
 * as this instance saw it; a block rewritten in the database afterwards no longer matches any instance's file. A head
 * that fails the check is not appended: verification on this instance then names that block.
 */
@Component
public class HeadWitness {

    private static final Logger log = LoggerFactory.getLogger(HeadWitness.class);
    private static final int PAGE = 500;

    private final SealedEntries entries;
    private final AuditChain chain;
    private final AuditKey key;
    private final HeadFile heads;
    private BlockHead last;
    private long refused;

    HeadWitness(SealedEntries entries, AuditChain chain, AuditKey key, HeadFile heads) {
        this.entries = entries;
        this.chain = chain;
        this.key = key;
        this.heads = heads;
    }

    /** Appends the heads sealed since the last one witnessed (by any instance), each after checking it. */
    public synchronized void catchUp() {
        String chainId = chain.id();
        if (last == null) {
            last = heads.heads(chainId).values().stream().max(Comparator.comparingLong(BlockHead::number))
                    .orElse(null);
        }
        List<BlockHead> next;
        do {
            next = entries.blocks(last == null ? 1 : last.number() + 1, PAGE);
            for (BlockHead head : next) {
                Optional<String> wrong = wrong(head);
                if (wrong.isPresent()) {
                    refuse(head, wrong.get());
                    return;
                }
                heads.append(chainId, head);
                last = head;
            }
        } while (next.size() == PAGE);
    }

    private Optional<String> wrong(BlockHead head) {
        long number = last == null ? 1 : last.number() + 1;
        String previous = last == null ? BlockHead.GENESIS : last.hash();
        if (head.number() != number || !head.previousHash().equals(previous)) {
            return Optional.of("it does not chain to block " + (number - 1) + " as this instance witnessed it");
        }
        if (!head.computedHash().equals(head.hash()) || !key.signed(head.hash(), head.signature())) {
            return Optional.of("its hash or signature is not the audit key's (do all instances share the audit key?)");
        }
        return Optional.empty();
    }

    private void refuse(BlockHead head, String why) {
        if (refused != head.number()) {
            refused = head.number();
            log.error("Audit block {} is not appended to this instance's head file: {}", head.number(), why);
        }
    }
}
