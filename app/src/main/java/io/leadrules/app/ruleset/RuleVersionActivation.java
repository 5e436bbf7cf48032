package io.leadrules.app.ruleset;

import io.leadrules.app.system.CurrentActor;
import io.leadrules.app.system.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
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

    RuleVersionActivation(RuleVersionStore store, RuleVersionTesting testing, CompiledVersions compiled,
                          TransactionTemplate transactions, Clock clock, RuleVersionTags tags, StaleBases bases,
                          CurrentActor actor, RuleApprovalSettings settings, RuleVersionAudit audit,
                          List<ActivationCheck> checks, ApplicationEventPublisher events) {
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
     * @param ifMatch  the {@code If-Match} header (the version's ETag or its review's), null when not sent
     * @param replaces the live version the request replaces on purpose ({@code ?replaces=}), null when not sent
     */
    record Conditions(String ifMatch, String replaces) {

        static final Conditions NONE = new Conditions(null, null);
    }

    /** The version, now ACTIVE; a version already active stays so and nothing is recorded. */
    synchronized RuleVersionRecord activate(String versionId, Conditions conditions) {
        RuleVersionRecord version = store.existing(versionId);
        RuleVersionRecord live = store.active().orElseThrow(() -> new IllegalStateException("No version is active"));
        tags.check(conditions.ifMatch(), version, live);
        if (version.status() == RuleVersionRecord.Status.ACTIVE) {
            return version;
        }
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
        goLive(version, live, approver, selfApproved);
        return store.find(version.id()).orElseThrow();
    }

    private void goLive(RuleVersionRecord version, RuleVersionRecord live, String approver, boolean selfApproved) {
        try (RuleSetLease lease = compiled.lease(version.id())) {
            TestReport report = testing.test(version, lease.rules());
            if (!report.passed()) {
                throw new ProblemException(RuleSetProblem.SCENARIOS_FAILED, report.failedCount() + " of "
                        + report.scenarios() + " scenarios of rule version " + version.versionId() + " fail; version "
                        + live.versionId() + " stays live.").with("rulesetVersion", version.versionId())
                        .with("failures", report.failures());
            }
            Instant now = clock.instant();
            Boolean won = transactions.execute(tx -> {
                boolean activated = store.activate(version.id(), live.id(), now, approver, selfApproved);
                if (activated) {
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
