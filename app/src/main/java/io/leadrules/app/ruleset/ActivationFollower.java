package io.leadrules.app.ruleset;

import io.leadrules.app.ruleset.ActivationPlans.Plan;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance on the version every instance must serve, and tells the others what it serves (ADR 0038).
 * Every {@code poll-interval} (and at once on a hint: {@link ActivationNotices}) it reads the pending activation and
 * the stored active version: it compiles a pending version ahead and sets the swap for its instant
 * ({@link ActiveRuleSet#switchAt}), settles the statuses of one whose instant has come
 * ({@link RuleVersionActivation#settle}), and swaps to the active version when it serves another (it started late,
 * or could not compile in time). Every {@code heartbeat-interval} it writes its row in {@code service_instances}.
 * Instants are read on the wall clock, never on the business clock a test may fix.
 */
@Component
class ActivationFollower implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ActivationFollower.class);

    private final ActiveRuleSet active;
    private final CompiledVersions compiled;
    private final RuleVersionStore store;
    private final ActivationPlans plans;
    private final ServiceInstances instances;
    private final RuleVersionActivation activation;
    private final ActivationSettings settings;
    private final ThisInstance self;
    private final ActivationNotices notices;
    private final Clock wall = Clock.systemUTC();
    private volatile ScheduledExecutorService follower;
    private volatile ScheduledExecutorService heartbeats;
    /** The version held compiled for the pending activation, leased so it stays held. Written under {@code this}. */
    private volatile Prepared prepared;
    /** What the last look at the database found: the health indicator's view, without asking the database. */
    private volatile Expected expected;
    /** Why the instance could not compile a version it needs, and until when it waits before it tries again. */
    private volatile Failure failure;

    ActivationFollower(ActiveRuleSet active, CompiledVersions compiled, RuleVersionStore store, ActivationPlans plans,
                       ServiceInstances instances, RuleVersionActivation activation, ActivationSettings settings,
                       ActivationNotices notices, ThisInstance self) {
        this.self = self;
        this.active = active;
        this.compiled = compiled;
        this.store = store;
        this.plans = plans;
        this.instances = instances;
        this.activation = activation;
        this.settings = settings;
        this.notices = notices;
        this.expected = new Expected(Long.parseLong(active.version()), null);
        notices.onNotice(this::wake);
    }

    /** Reads the database now rather than at the next poll (a hint arrived, or this instance proposed a plan). */
    void wake() {
        ScheduledExecutorService thread = follower;
        if (thread != null && !thread.isShutdown()) {
            thread.execute(this::followQuietly);
        }
    }

    /**
     * Why this instance does not serve the version it must now, empty when it does: {@link RuleSetHealthIndicator}
     * reports readiness DOWN meanwhile.
     */
    Optional<Lag> lag() {
        long serving = Long.parseLong(active.version());
        long must = expected.mustServe(wall.instant());
        if (serving == must) {
            return Optional.empty();
        }
        Failure failed = failure;
        String reason = failed != null && failed.version() == must ? failed.reason()
                : "Rule version " + must + " is not compiled here yet";
        return Optional.of(new Lag(serving, must, reason));
    }

    /** One look at the database and what follows from it; also the test's way to make an instance catch up now. */
    void follow() {
        Optional<Plan> pending = plans.pending();
        if (pending.filter(this::failedAsOrphan).isPresent()) {
            pending = plans.pending();
        }
        long stored = store.storedActiveId();
        Instant now = wall.instant();
        expected = new Expected(stored, pending.orElse(null));
        switchIfDue();
        pending.filter(plan -> plan.dueAt(now)).ifPresent(activation::settle);
        Plan upcoming = pending.filter(plan -> !plan.dueAt(now)).orElse(null);
        if (upcoming != null) {
            prepare(upcoming);
        } else {
            dropPrepared();
        }
        catchUp(pending.orElse(null), stored);
    }

    /**
     * Fails a pending plan still without an instant whose requester is no longer live (its heartbeat is late, or its
     * row gone): only the requester fixes the default instant, so the plan would otherwise hold every activation back.
     * A plan with an instant needs no one: every instance switches at it. True when the plan is no longer pending.
     */
    private boolean failedAsOrphan(Plan plan) {
        if (plan.effectiveAt() != null || self.id().equals(plan.requester())) {
            return false;
        }
        Instant since = wall.instant().minus(settings.liveWindow());
        if (plan.requester() != null && instances.live(since).stream()
                .anyMatch(instance -> instance.instanceId().equals(plan.requester()))) {
            return false;
        }
        String outcome = "The instance that requested it (" + (plan.requester() == null ? "unknown"
                : plan.requester()) + ") is no longer live (no heartbeat since " + since + ") and had not fixed "
                + "its instant; failed by instance " + self.id() + ". Rule version " + plan.previous()
                + " stays active: activate rule version " + plan.version() + " again.";
        if (plans.abandon(plan.id(), outcome)) {
            log.warn("The activation of rule version {} failed: {}", plan.version(), outcome);
            notices.announce();
        }
        return true;
    }

    private void followQuietly() {
        try {
            follow();
        } catch (RuntimeException e) {
            log.warn("Could not follow the rule version activations: {}", e.toString());
        }
    }

    /** Compiles the pending version ahead (once) and sets the swap for its instant once the instant is known. */
    private void prepare(Plan plan) {
        synchronized (this) {
            if (prepared != null && prepared.plan().id() == plan.id()) {
                if (plan.effectiveAt() != null && prepared.swap() == null) {
                    prepared = new Prepared(plan, prepared.lease(), null).at(plan.effectiveAt(), this::switchNow,
                            active);
                }
                return;
            }
        }
        if (waiting(plan.version())) {
            return;
        }
        RuleSetLease lease = compile(plan.version());
        if (lease == null) {
            return;
        }
        synchronized (this) {
            dropPrepared();
            prepared = new Prepared(plan, lease, null);
            if (plan.effectiveAt() != null) {
                prepared = prepared.at(plan.effectiveAt(), this::switchNow, active);
            }
        }
        log.info("Rule version {} compiled ahead of its activation{}", plan.version(),
                plan.effectiveAt() == null ? "" : " at " + plan.effectiveAt());
        beatSoon();
    }

    /** Performs the swap set for the instant: from a lease at or after it, or from the timer. Once. */
    private synchronized void switchNow() {
        Prepared ready = prepared;
        if (ready == null || ready.swap() == null) {
            return;
        }
        compiled.activate(ready.lease());
        active.clearSwitch(ready.swap());
        ready.lease().close();
        prepared = null;
        log.info("Rule version {} serves every new evaluation from {}", ready.plan().version(),
                ready.plan().effectiveAt());
        beatSoon();
    }

    /** Swaps to the version this instance must serve now when it serves another and no swap is set for it. */
    private void catchUp(Plan pending, long stored) {
        long must;
        synchronized (this) {
            Instant now = wall.instant();
            must = pending != null && pending.dueAt(now) ? pending.version() : stored;
            if (Long.parseLong(active.version()) == must) {
                Failure failed = failure;
                if (failed != null && failed.version() == must) {
                    failure = null;
                }
                return;
            }
        }
        if (waiting(must)) {
            return;
        }
        RuleSetLease lease = compile(must);
        if (lease == null) {
            return;
        }
        try (lease) {
            synchronized (this) {
                Prepared ready = prepared;
                if (ready != null && ready.plan().version() == must) {
                    dropPrepared();
                }
                compiled.activate(lease);
                failure = null;
            }
        }
        log.info("Rule version {} now served here (caught up)", must);
        beatSoon();
    }

    private boolean waiting(long version) {
        Failure failed = failure;
        return failed != null && failed.version() == version && wall.instant().isBefore(failed.retryAt());
    }

    /** A lease on the compiled version, or null (the reason kept for health and the heartbeat) when it fails. */
    private RuleSetLease compile(long version) {
        try {
            RuleSetLease lease = compiled.lease(version);
            Failure failed = failure;
            if (failed != null && failed.version() == version) {
                failure = null;
            }
            return lease;
        } catch (RuntimeException e) {
            failure = new Failure(version, "Rule version " + version + " could not be compiled here: " + e.getMessage(),
                    wall.instant().plus(settings.catchUpRetry()));
            log.warn(failure.reason());
            beatSoon();
            return null;
        }
    }

    /** Lets go of the version compiled ahead (the activation was called off, or took effect elsewhere). */
    private synchronized void dropPrepared() {
        Prepared ready = prepared;
        if (ready != null) {
            if (ready.swap() != null) {
                active.clearSwitch(ready.swap());
            }
            ready.lease().close();
            prepared = null;
        }
    }

    private void beatSoon() {
        ScheduledExecutorService thread = heartbeats;
        if (thread != null && !thread.isShutdown()) {
            thread.execute(this::beatQuietly);
        }
    }

    /** Writes this instance's row: the version it serves, those it could switch to without compiling, its lag. */
    void beat() {
        long serving = Long.parseLong(active.version());
        Set<Long> ready = new HashSet<>(compiled.heldIds().keySet());
        Prepared ahead = prepared;
        if (ahead != null) {
            // leased, so compiled even when it has dropped out of the recently used ones
            ready.add(ahead.plan().version());
        }
        ready.remove(serving);
        Failure failed = failure;
        String behind = lag().map(Lag::reason).orElse(failed == null ? null : failed.reason());
        instances.heartbeat(new ServiceInstances.Instance(self.id(), self.host(), self.port(), self.startedAt(),
                wall.instant(), serving, ready, behind));
    }

    private void beatQuietly() {
        try {
            beat();
            instances.removeGone(wall.instant().minus(settings.liveWindow().multipliedBy(10)));
        } catch (RuntimeException e) {
            log.warn("Could not renew this instance's heartbeat: {}", e.toString());
        }
    }

    /** A heartbeat soon after the port is known (on the heartbeat thread, once {@link ThisInstance} has it). */
    @EventListener
    void on(WebServerInitializedEvent started) {
        beatSoon();
    }

    @Override
    public void start() {
        beat();
        follower = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "rule-version-follower"));
        heartbeats = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "rule-version-heartbeat"));
        long poll = settings.pollInterval().toMillis();
        follower.scheduleWithFixedDelay(this::followQuietly, 0, poll, TimeUnit.MILLISECONDS);
        long beat = settings.heartbeatInterval().toMillis();
        heartbeats.scheduleWithFixedDelay(this::beatQuietly, beat, beat, TimeUnit.MILLISECONDS);
        heartbeats.scheduleWithFixedDelay(this::switchIfDue, poll, Math.max(10, poll / 10), TimeUnit.MILLISECONDS);
    }

    /** The timer's side of the swap at the instant, for an instance that no request reaches meanwhile. */
    private void switchIfDue() {
        ActiveRuleSet.Switch next = active.scheduledSwitch();
        if (next != null && !wall.instant().isBefore(next.at())) {
            next.perform().run();
        }
    }

    @Override
    public void stop() {
        shutdown(follower);
        shutdown(heartbeats);
        dropPrepared();
        try {
            instances.remove(self.id());
        } catch (RuntimeException e) {
            log.warn("Could not remove this instance's row: {}", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        ScheduledExecutorService thread = follower;
        return thread != null && !thread.isShutdown();
    }

    private static void shutdown(ScheduledExecutorService thread) {
        if (thread != null) {
            thread.shutdownNow();
            try {
                thread.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Why this instance serves another version than it must, for health and the heartbeat. */
    record Lag(long serving, long active, String reason) {
    }

    /** The stored active version and the pending activation as last read: which version must be served when. */
    private record Expected(long stored, Plan pending) {

        long mustServe(Instant now) {
            return pending != null && pending.dueAt(now) ? pending.version() : stored;
        }
    }

    private record Failure(long version, String reason, Instant retryAt) {
    }

    /** The pending version, compiled and leased; {@code swap} once its instant is known. */
    private record Prepared(Plan plan, RuleSetLease lease, ActiveRuleSet.Switch swap) {

        Prepared at(Instant instant, Runnable perform, ActiveRuleSet active) {
            ActiveRuleSet.Switch next = new ActiveRuleSet.Switch(plan.version(), instant, perform);
            active.switchAt(next);
            return new Prepared(plan, lease, next);
        }
    }
}
