package io.leadrules.app.trail;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals waiting entries into blocks, on a thread of its own: every {@code leadrules.audit.seal-interval}, when
 * {@code max-entries-per-block} are waiting, and when verification asks. Writers never wait for it: they only
 * insert. A block takes the oldest committed unsealed entries, numbers them densely after the last block's, stores
 * each entry's hash and the block head (Merkle root, previous hash, signature) in one transaction, and then the
 * {@link HeadWitness} appends the head to this instance's head file. With several instances on one database, one
 * sealer at a time: each seal's transaction first locks the chain's row ({@link AuditChain#lockForSealing()}), and
 * reads the waiting entries and the last block only then, so blocks and sequence numbers stay dense and no entry is
 * sealed twice. Between its own seals each instance witnesses the blocks the others sealed.
 */
@Component
public class AuditSealer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);

    private final SealedEntries entries;
    private final AuditChain chain;
    private final AuditKey key;
    private final HeadWitness witness;
    private final AuditSettings settings;
    private final TransactionTemplate transactions;
    private final PendingDigests digests;
    private final Clock clock;
    private final AtomicBoolean nudged = new AtomicBoolean();
    private ScheduledExecutorService thread;

    AuditSealer(SealedEntries entries, AuditChain chain, AuditKey key, HeadWitness witness, AuditSettings settings,
                TransactionTemplate transactions, Clock clock, PendingDigests digests) {
        this.digests = digests;
        this.entries = entries;
        this.chain = chain;
        this.key = key;
        this.witness = witness;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Seals everything waiting now, then witnesses every block sealed since; answers how many entries it sealed. */
    public synchronized int sealWaiting() {
        int sealed = 0;
        int block;
        do {
            block = sealBlock();
            sealed += block;
        } while (block == settings.maxEntriesPerBlock());
        witness.catchUp();
        return sealed;
    }

    /** Asks for a seal soon, without waiting for it (a writer saw a block's worth waiting). */
    void nudge() {
        if (thread != null && nudged.compareAndSet(false, true)) {
            thread.execute(() -> {
                nudged.set(false);
                sealQuietly();
            });
        }
    }

    private int sealBlock() {
        Integer count = transactions.execute(tx -> {
            chain.lockForSealing();
            List<SealedEntry> waiting = entries.unsealed(settings.maxEntriesPerBlock());
            if (!waiting.isEmpty()) {
                seal(waiting);
            }
            return waiting.size();
        });
        return count == null ? 0 : count;
    }

    private BlockHead seal(List<SealedEntry> pending) {
        List<SealedEntry> waiting = digests.completed(pending);
        BlockHead last = entries.lastBlock().orElse(null);
        long number = last == null ? 1 : last.number() + 1;
        long first = last == null ? 1 : last.lastSequence() + 1;
        List<String> hashes = new ArrayList<>(waiting.size());
        for (int i = 0; i < waiting.size(); i++) {
            hashes.add(waiting.get(i).hash(first + i, number));
        }
        entries.seal(waiting, first, number, hashes);
        String root = MerkleRoot.of(hashes);
        String previous = last == null ? BlockHead.GENESIS : last.hash();
        long lastSequence = first + waiting.size() - 1;
        Instant at = clock.instant();
        String hash = BlockHead.hashOf(number, first, lastSequence, root, previous, at);
        BlockHead head = new BlockHead(number, first, lastSequence, root, previous, hash, key.sign(hash), at);
        entries.insertBlock(head);
        return head;
    }

    private void sealQuietly() {
        try {
            sealWaiting();
        } catch (RuntimeException e) {
            log.error("Sealing the audit trail failed; it is tried again at the next interval", e);
        }
    }

    @Override
    public synchronized void start() {
        chain.id();
        witness.catchUp();
        thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread sealer = new Thread(runnable, "audit-sealer");
            sealer.setDaemon(true);
            return sealer;
        });
        long interval = settings.sealInterval().toMillis();
        thread.scheduleWithFixedDelay(this::sealQuietly, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = thread;
        if (running != null) {
            running.shutdownNow();
            thread = null;
            sealQuietly();
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
