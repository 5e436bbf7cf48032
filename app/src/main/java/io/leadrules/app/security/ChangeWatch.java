package io.leadrules.app.security;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Brings the key revocations and user changes made on other instances to this one: every
 * {@code leadrules.security.change-poll-interval} (default 1 s) it reads the recent {@link SecurityChanges} and drops
 * from this instance's credential cache what a change it has not seen yet concerns. So a revoked key, a disabled user or
 * a new password is refused everywhere within about one interval of its commit. A thread of its own, so that no other
 * scheduled work can hold it up. When the database cannot be read, the whole cache is dropped: an instance that cannot
 * learn of revocations must not go on believing what it checked earlier.
 */
@Component
class ChangeWatch implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChangeWatch.class);

    private final SecurityChanges changes;
    private final Credentials credentials;
    private final SecuritySettings settings;
    private final Set<Long> seen = new HashSet<>();
    private ScheduledExecutorService thread;
    private int polls;

    ChangeWatch(SecurityChanges changes, Credentials credentials, SecuritySettings settings) {
        this.changes = changes;
        this.credentials = credentials;
        this.settings = settings;
    }

    /** Applies the changes not seen yet; the first look only notes them (the cache starts empty). */
    synchronized void poll() {
        List<SecurityChanges.Change> recent = changes.recent();
        boolean first = polls++ == 0;
        Set<Long> now = new HashSet<>();
        for (SecurityChanges.Change change : recent) {
            now.add(change.id());
            if (!first && !seen.contains(change.id())) {
                apply(change);
            }
        }
        seen.clear();
        seen.addAll(now);
        if (polls % 3600 == 0) {
            changes.forgetOld();
        }
    }

    private void apply(SecurityChanges.Change change) {
        if (change.owner() != null) {
            credentials.dropUser(change.owner());
        }
        if (change.keyId() != null) {
            credentials.dropKey(change.keyId());
        }
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            credentials.dropAll();
            log.warn("Cannot read the security changes; every cached credential is checked again: {}", e.toString());
        }
    }

    @Override
    public synchronized void start() {
        pollQuietly();
        thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread watch = new Thread(runnable, "security-changes");
            watch.setDaemon(true);
            return watch;
        });
        long interval = settings.changePollInterval().toMillis();
        thread.scheduleWithFixedDelay(this::pollQuietly, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }
}
