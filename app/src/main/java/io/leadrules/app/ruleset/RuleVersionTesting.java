package io.leadrules.app.ruleset;

import io.leadrules.rules.engine.CompiledRuleSet;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Runs a version's scenario files and keeps the report as the version's last test report, with its audit entry. */
@Service
class RuleVersionTesting {

    private final RuleVersionStore store;
    private final CompiledVersions compiled;
    private final RuleVersionReports reports;
    private final RuleVersionAudit audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RuleVersionTesting(RuleVersionStore store, CompiledVersions compiled, RuleVersionReports reports,
                       RuleVersionAudit audit, TransactionTemplate transactions, Clock clock) {
        this.audit = audit;
        this.transactions = transactions;
        this.store = store;
        this.compiled = compiled;
        this.reports = reports;
        this.clock = clock;
    }

    TestReport test(String versionId) {
        return test(store.existing(versionId));
    }

    TestReport test(RuleVersionRecord version) {
        try (RuleSetLease lease = compiled.lease(version.id())) {
            return test(version, lease.rules());
        }
    }

    /** Runs the scenarios of the version, compiled as {@code rules}, and keeps the report. */
    TestReport test(RuleVersionRecord version, CompiledRuleSet rules) {
        TestReport report = reports.test(rules, clock.instant());
        String written = reports.write(report);
        transactions.executeWithoutResult(tx -> {
            store.saveTestReport(version.id(), written, report.testedAt());
            audit.tested(version.id(), written, report.testedAt());
        });
        return report;
    }
}
