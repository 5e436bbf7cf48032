package io.leadrules.app.ruleset;

import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.ProblemType;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes a version: a DRAFT, or a RETIRED one (a rollback). The compiled version is leased for the whole
 * activation, so the swap at the end cannot need a compilation that could fail. Its scenarios run first and any
 * failure refuses the activation (409, nothing changes). Then the stored statuses change and the activation is
 * recorded in one transaction, and the compiled version is swapped in: requests already running finish on the version they started
 * with, new ones use the new version. One activation at a time.
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

    RuleVersionActivation(RuleVersionStore store, RuleVersionTesting testing, CompiledVersions compiled,
                          TransactionTemplate transactions, RuleVersionAudit audit, Clock clock) {
        this.audit = audit;
        this.store = store;
        this.testing = testing;
        this.compiled = compiled;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The version, now ACTIVE; a version already active stays so and nothing is recorded. */
    synchronized RuleVersionRecord activate(String versionId, String by) {
        RuleVersionRecord version = store.existing(versionId);
        if (version.status() == RuleVersionRecord.Status.ACTIVE) {
            return version;
        }
        try (RuleSetLease lease = compiled.lease(version.id())) {
            TestReport report = testing.test(version, lease.rules());
            if (!report.passed()) {
                throw new ProblemException(ProblemType.SCENARIOS_FAILED, report.failedCount() + " of "
                        + report.scenarios() + " scenarios of rule version " + versionId + " fail; version "
                        + activeId() + " stays live.").with("rulesetVersion", versionId)
                        .with("failures", report.failures());
            }
            Long previous = store.active().map(RuleVersionRecord::id).orElse(null);
            Instant now = clock.instant();
            transactions.executeWithoutResult(tx -> {
                store.activate(version.id(), previous, now, by);
                audit.activated(version, previous, now);
            });
            compiled.activate(lease);
            log.info("Rule version {} ({}) activated by {}; version {} retired", version.id(), version.label(), by,
                    previous);
        }
        return store.find(version.id()).orElseThrow();
    }

    private String activeId() {
        return store.active().map(RuleVersionRecord::versionId).orElse("none");
    }
}
