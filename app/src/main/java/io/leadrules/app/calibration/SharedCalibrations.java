package io.leadrules.app.calibration;

import io.leadrules.app.ruleset.ActivationSettings;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Brings a calibration approved on another instance into this one's {@link CalibrationsInUse}: every
 * {@code leadrules.rulesets.activation.poll-interval} it reads what changes with every approval
 * ({@link CalibrationStore#approvals()}: one small aggregate over a small table) and reloads the calibrations in use
 * when it changed. The approving instance reloads at once; the others within a poll interval (ADR 0038).
 */
@Component
class SharedCalibrations implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SharedCalibrations.class);

    private final CalibrationStore store;
    private final CalibrationsInUse inUse;
    private final ActivationSettings settings;
    private volatile String seen;
    private volatile ScheduledExecutorService thread;

    SharedCalibrations(CalibrationStore store, CalibrationsInUse inUse, ActivationSettings settings) {
        this.store = store;
        this.inUse = inUse;
        this.settings = settings;
    }

    /** Reloads the calibrations in use when an approval happened since the last look (here or elsewhere). */
    void look() {
        String now = store.approvals();
        if (seen != null && !Objects.equals(seen, now)) {
            inUse.reload();
            log.debug("Calibrations in use read again: an approval happened");
        }
        seen = now;
    }

    private void lookQuietly() {
        try {
            look();
        } catch (RuntimeException e) {
            log.warn("Could not look for approved calibrations: {}", e.toString());
        }
    }

    @Override
    public void start() {
        thread = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread daemon = new Thread(task, "shared-calibrations");
            daemon.setDaemon(true);
            return daemon;
        });
        long poll = settings.pollInterval().toMillis();
        thread.scheduleWithFixedDelay(this::lookQuietly, 0, poll, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = thread;
        if (running != null) {
            running.shutdownNow();
            try {
                running.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        ScheduledExecutorService running = thread;
        return running != null && !running.isShutdown();
    }
}
