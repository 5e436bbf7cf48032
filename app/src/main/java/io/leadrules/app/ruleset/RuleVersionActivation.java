package io.leadrules.app.ruleset;

import io.leadrules.app.ruleset.ActivationPlans.Plan;
import io.leadrules.app.system.CurrentActor;
import io.leadrules.app.system.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes a version: a DRAFT, or a RETIRED one (a rollback). The compiled version is leased for the whole
 * activation, so the swap at the end cannot need a compilation that could fail. Its scenarios run first and any
 * failure refuses the activation (409, nothing changes). Then the stored statuses change and the activation is
 * recorded in one transaction ({@link RuleVersionActivated} is published there), and the compiled version is
 * swapped in: requests already running finish on the
 * version they started with, new ones use the new version. One activation at a time.
 *
 * <p>Before any of that: the {@code If-Match} of the request ({@link RuleVersionTags}), four eyes and a draft's base
 * ({@link StaleBases}). Four eyes: the approver, who is the authenticated principal, uploaded neither the version nor
 * any draft it was built on ({@link StaleBases#withDraftsBehind}): a colleague's tweak on top of your draft, or the
 * scenarios they accepted for it, still carries your change. A rollback needs four eyes too, judged against the
 * retired version's uploader: re-activating it changes every score as much as publishing it did, and an uploader
 * who could roll back to their own earlier version alone could undo a review.
 *
 * <p>Across instances (ADR 0038): with this instance the only live one and no {@code effectiveAt}, all of that
 * happens at once, as above. Otherwise the activation is stored as a plan ({@link ActivationPlans}) that every
 * instance follows ({@link ActivationFollower}): with an {@code effectiveAt}, the answer comes at once and the
 * version goes live at that instant; without one, this request waits until every live instance holds the version
 * compiled (at most {@code ready-wait}), fixes the instant a {@code margin} later, and answers once it has come.
 * At the instant the stored statuses change, the activation is recorded with that instant and
 * {@link RuleVersionActivated} is published ({@link #settle}), by whichever instance comes first.
 */
@Service
class RuleVersionActivation {

    private static final Logger log = LoggerFactory.getLogger(RuleVersionActivation.class);

    private final RuleVersionStore store;
    private final RuleVersionTesting testing;
    private final CompiledVersions compiled;
    private final TransactionTemplate transactions;
    private final RuleVersionAudit audit;
    private final Clock clock;
    private final RuleVersionTags tags;
    private final StaleBases bases;
    private final CurrentActor actor;
    private final RuleApprovalSettings settings;
    private final List<ActivationCheck> checks;
    private final ApplicationEventPublisher events;
    private final ActivationPlans plans;
    private final ServiceInstances instances;
    private final ActivationNotices notices;
    private final ActivationSettings activationSettings;
    private final ThisInstance self;
    private final Clock wall = Clock.systemUTC();

    RuleVersionActivation(RuleVersionStore store, RuleVersionTesting testing, CompiledVersions compiled,
                          TransactionTemplate transactions, Clock clock, RuleVersionTags tags, StaleBases bases,
                          CurrentActor actor, RuleApprovalSettings settings, RuleVersionAudit audit,
                          List<ActivationCheck> checks, ApplicationEventPublisher events, ActivationPlans plans,
                          ServiceInstances instances, ActivationNotices notices,
                          ActivationSettings activationSettings, ThisInstance self) {
        this.self = self;
        this.plans = plans;
        this.instances = instances;
        this.notices = notices;
        this.activationSettings = activationSettings;
        this.events = events;
        this.audit = audit;
        this.checks = List.copyOf(checks);
        this.store = store;
        this.testing = testing;
        this.compiled = compiled;
        this.transactions = transactions;
        this.clock = clock;
        this.tags = tags;
        this.bases = bases;
        this.actor = actor;
        this.settings = settings;
    }

    /**
     * What the request makes its activation depend on.
     *
     * @param ifMatch     the {@code If-Match} header (the version's ETag or its review's), null when not sent
     * @param replaces    the live version the request replaces on purpose ({@code ?replaces=}), null when not sent
     * @param effectiveAt when the version goes live on every instance ({@code ?effectiveAt=}, checked by
     *                    {@link EffectiveInstant}), null for as soon as every live instance is ready
     */
    record Conditions(String ifMatch, String replaces, Instant effectiveAt) {

        static final Conditions NONE = new Conditions(null, null);

        Conditions(String ifMatch, String replaces) {
            this(ifMatch, replaces, null);
        }
    }

    /**
     * The version, now ACTIVE; a version already active stays so and nothing is recorded. With an
     * {@code effectiveAt}, the version as it still is: it goes live at that instant ({@link #plan}).
     */
    synchronized RuleVersionRecord activate(String versionId, Conditions conditions) {
        RuleVersionRecord version = store.existing(versionId);
        RuleVersionRecord live = store.active().orElseThrow(() -> new IllegalStateException("No version is active"));
        tags.check(conditions.ifMatch(), version, live);
        if (version.status() == RuleVersionRecord.Status.ACTIVE) {
            return version;
        }
        refuseIfPending(version);
        String approver = actor.name();
        Optional<RuleVersionRecord> own = bases.withDraftsBehind(version).stream()
                .filter(contribution -> approver.equals(contribution.author())).findFirst();
        boolean selfApproved = own.isPresent();
        if (selfApproved && settings.fourEyes()) {
            throw fourEyesRequired(version, own.get());
        }
        bases.check(version, live, conditions.replaces());
        if (version.status() == RuleVersionRecord.Status.DRAFT) {
            checks.forEach(check -> check.beforeActivation(version.versionId(), live.versionId()));
        }
        try (RuleSetLease lease = compiled.lease(version.id())) {
            passScenarios(version, live, lease);
            if (conditions.effectiveAt() == null && othersLive().isEmpty()) {
                goLive(version, live, approver, selfApproved, lease);
            } else {
                Plan plan = plans.propose(version.id(), live.id(), wall.instant(), approver, selfApproved,
                        conditions.effectiveAt(), self.id()).orElseThrow(() -> pending(version));
                notices.announce();
                log.info("Rule version {} ({}) to go live {} (approved by {}{})", version.id(), version.label(),
                        plan.effectiveAt() == null ? "once every live instance is ready" : "at " + plan.effectiveAt(),
                        approver, selfApproved ? ", self-approved" : "");
                if (conditions.effectiveAt() != null) {
                    return version;
                }
                goLiveWhenReady(plan);
            }
        }
        return store.find(version.id()).orElseThrow();
    }

    /** The version's latest activation: pending, done, called off or failed; empty when it never had one. */
    Optional<Plan> plan(long versionId) {
        return plans.latest(versionId);
    }

    /**
     * Changes the stored statuses for a plan whose instant has come, records the activation at that instant as the
     * approver (the audit entry's actor) and publishes {@link RuleVersionActivated}, in one transaction; once, however
     * many instances call it. A plan whose previous version is no longer the active one (an activation at once came
     * in between) FAILS, and every instance follows the stored active version.
     */
    void settle(Plan plan) {
        RuleVersionRecord version = store.find(plan.version()).orElseThrow();
        Boolean settled = as(plan.requestedBy(), () -> transactions.execute(tx -> {
            if (!plans.close(plan.id(), Plan.State.DONE, null)) {
                return null;
            }
            if (!store.activate(plan.version(), plan.previous(), plan.effectiveAt(), plan.requestedBy(),
                    plan.selfApproved())) {
                tx.setRollbackOnly();
                return false;
            }
            audit.activated(version, plan.previous(), plan.effectiveAt(), plan.selfApproved());
            events.publishEvent(new RuleVersionActivated(version.versionId(), Long.toString(plan.previous()),
                    plan.effectiveAt(), version.status() == RuleVersionRecord.Status.RETIRED));
            return true;
        }));
        if (Boolean.FALSE.equals(settled)) {
            transactions.executeWithoutResult(tx -> plans.close(plan.id(), Plan.State.FAILED, "Rule version "
                    + plan.previous() + " was no longer the active one at " + plan.effectiveAt()
                    + ": another activation came first"));
            log.warn("The activation of rule version {} at {} failed: version {} was no longer active",
                    plan.version(), plan.effectiveAt(), plan.previous());
        } else if (Boolean.TRUE.equals(settled)) {
            log.info("Rule version {} is the stored ACTIVE version from {} (approved by {}); version {} retired",
                    plan.version(), plan.effectiveAt(), plan.requestedBy(), plan.previous());
        }
    }

    private void passScenarios(RuleVersionRecord version, RuleVersionRecord live, RuleSetLease lease) {
        TestReport report = testing.test(version, lease.rules());
        if (!report.passed()) {
            throw new ProblemException(RuleSetProblem.SCENARIOS_FAILED, report.failedCount() + " of "
                    + report.scenarios() + " scenarios of rule version " + version.versionId() + " fail; version "
                    + live.versionId() + " stays live.").with("rulesetVersion", version.versionId())
                    .with("failures", report.failures());
        }
    }

    /** This instance alone: the statuses change and the compiled version is swapped in now, as always. */
    private void goLive(RuleVersionRecord version, RuleVersionRecord live, String approver, boolean selfApproved,
                        RuleSetLease lease) {
        Instant now = clock.instant();
        Boolean won = transactions.execute(tx -> {
            boolean activated = store.activate(version.id(), live.id(), now, approver, selfApproved);
            if (activated) {
                plans.recordDone(version.id(), live.id(), now, approver, selfApproved);
                audit.activated(version, live.id(), now, selfApproved);
                events.publishEvent(new RuleVersionActivated(version.versionId(), live.versionId(), now,
                        version.status() == RuleVersionRecord.Status.RETIRED));
            } else {
                tx.setRollbackOnly();
            }
            return activated;
        });
        if (!Boolean.TRUE.equals(won)) {
            throw bases.lostRace(version, live);
        }
        compiled.activate(lease);
        log.info("Rule version {} ({}) activated by {}{}; version {} retired", version.id(), version.label(),
                approver, selfApproved ? " (self-approved)" : "", live.id());
    }

    /**
     * The default instant with several instances: waits (at most {@code ready-wait}) until every live instance
     * holds the version compiled, fixes the instant a {@code margin} later, and returns once it has come and the
     * statuses are settled. An instance not ready by then stays behind, readiness DOWN, until it catches up.
     */
    private void goLiveWhenReady(Plan plan) {
        Instant deadline = wall.instant().plus(activationSettings.readyWait());
        while (!everyLiveInstanceReady(plan.version()) && wall.instant().isBefore(deadline)) {
            sleep(activationSettings.pollInterval().toMillis() / 3);
        }
        Instant effectiveAt = wall.instant().plus(activationSettings.margin());
        transactions.executeWithoutResult(tx -> {
            if (plans.fix(plan.id(), effectiveAt)) {
                notices.announce();
            }
        });
        Plan fixed = plans.latest(plan.version()).filter(p -> p.id() == plan.id()).orElseThrow();
        while (fixed.state() == Plan.State.PENDING && fixed.effectiveAt() != null
                && wall.instant().isBefore(fixed.effectiveAt())) {
            sleep(Math.max(1, fixed.effectiveAt().toEpochMilli() - wall.instant().toEpochMilli()));
        }
        if (fixed.state() == Plan.State.PENDING) {
            settle(fixed);
        }
        notices.announce();
    }

    private boolean everyLiveInstanceReady(long version) {
        return instances.live(wall.instant().minus(activationSettings.liveWindow())).stream()
                .allMatch(instance -> instance.readyFor(version));
    }

    /** The other instances whose heartbeat is recent: with none, an activation takes effect at once. */
    private List<ServiceInstances.Instance> othersLive() {
        return instances.live(wall.instant().minus(activationSettings.liveWindow())).stream()
                .filter(instance -> !instance.instanceId().equals(self.id())).toList();
    }

    private void refuseIfPending(RuleVersionRecord version) {
        plans.pending().ifPresent(plan -> {
            throw pending(version);
        });
    }

    private ProblemException pending(RuleVersionRecord version) {
        Plan plan = plans.pending().orElse(null);
        String which = plan == null ? "Another activation" : "The activation of rule version " + plan.version()
                + (plan.effectiveAt() == null ? "" : " at " + plan.effectiveAt());
        ProblemException problem = new ProblemException(RuleSetProblem.ACTIVATION_PENDING, which + " is pending: one "
                + "activation at a time. Wait until it has taken effect, or call it off (DELETE /api/v1/rulesets/"
                + (plan == null ? "{id}" : plan.version()) + "/activation), then activate rule version "
                + version.versionId() + ". Nothing changed.").with("rulesetVersion", version.versionId());
        if (plan != null) {
            problem.with("pendingVersion", Long.toString(plan.version()));
            if (plan.effectiveAt() != null) {
                problem.with("effectiveAt", plan.effectiveAt().toString());
            }
        }
        return problem;
    }

    /**
     * Calls off the version's pending activation before its instant: every instance lets go of the version it
     * compiled ahead. A 409 problem when it has none pending, or its instant has come.
     */
    synchronized Plan callOff(String versionId) {
        RuleVersionRecord version = store.existing(versionId);
        Plan plan = plans.pending().filter(p -> p.version() == version.id()).orElseThrow(() -> new ProblemException(
                RuleSetProblem.NO_PENDING_ACTIVATION, "Rule version " + versionId + " has no pending activation "
                + "to call off (GET /api/v1/rulesets/" + versionId + "/activation says where it stands).")
                .with("rulesetVersion", versionId));
        Instant now = wall.instant();
        if (plan.effectiveAt() == null || plan.dueAt(now)) {
            throw new ProblemException(RuleSetProblem.NO_PENDING_ACTIVATION, "The activation of rule version "
                    + versionId + " can no longer be called off: " + (plan.effectiveAt() == null
                    ? "its instant is being fixed now" : "it took effect at " + plan.effectiveAt()) + ".")
                    .with("rulesetVersion", versionId);
        }
        String by = actor.name();
        transactions.executeWithoutResult(tx -> {
            if (plans.close(plan.id(), Plan.State.CANCELLED, "Called off by " + by + " at " + now)) {
                notices.announce();
            }
        });
        log.info("The activation of rule version {} at {} was called off by {}", versionId, plan.effectiveAt(), by);
        return plans.latest(version.id()).orElseThrow();
    }

    /** Runs {@code work} as the approver, so that the audit entry written at the instant names them. */
    private static <T> T as(String approver, Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(approver, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the instances", e);
        }
    }

    /** @param own the version of the approver's in {@code version}'s chain: itself, or a draft it was built on */
    private static ProblemException fourEyesRequired(RuleVersionRecord version, RuleVersionRecord own) {
        String uploaded = own.id() == version.id() ? "was uploaded by " + own.author()
                : "is built on draft " + own.versionId() + ", uploaded by " + own.author() + ",";
        return new ProblemException(RuleSetProblem.FOUR_EYES_REQUIRED, "Rule version " + version.versionId() + " "
                + uploaded + " who cannot also approve it: another rule editor reviews it (GET /api/v1/rulesets/"
                + version.versionId() + "/review) and activates it. Nothing changed.")
                .with("rulesetVersion", version.versionId()).with("uploadedBy", own.author());
    }
}
