package io.leadrules.app.trail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the trail keeps for the length of one transaction: the entries it appends (written in one batch just before
 * the commit, inside the transaction: a failed insert fails the commit, so there is still no change without its
 * entry) and the salts it already read (a lead's creation asks three times).
 */
final class PendingEntries implements TransactionSynchronization {

    private final List<SealedEntries.NewEntry> entries = new ArrayList<>();
    private final Map<UUID, byte[]> salts = new HashMap<>();
    private final SealedEntries store;
    private final Object key;

    private PendingEntries(SealedEntries store, Object key) {
        this.store = store;
        this.key = key;
    }

    /** This transaction's pending entries, made and registered on first use. */
    static PendingEntries of(SealedEntries store, Object key) {
        PendingEntries pending = (PendingEntries) TransactionSynchronizationManager.getResource(key);
        if (pending == null) {
            pending = new PendingEntries(store, key);
            TransactionSynchronizationManager.bindResource(key, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        return pending;
    }

    void add(SealedEntries.NewEntry entry) {
        entries.add(entry);
    }

    byte[] salt(UUID leadId, Function<UUID, byte[]> load) {
        return salts.computeIfAbsent(leadId, load);
    }

    void forget(UUID leadId) {
        salts.remove(leadId);
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        if (!entries.isEmpty()) {
            store.insert(List.copyOf(entries));
            entries.clear();
        }
    }

    @Override
    public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(key);
    }
}
