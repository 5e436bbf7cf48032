package io.leadrules.app.ruleset;

import io.leadrules.rules.engine.CompiledRuleSet;
import java.time.Clock;
import org.springframework.stereotype.Service;

/** Runs a version's scenario files and keeps the report as the version's last test report. */
@Service
class RuleVersionTesting {

    private final RuleVersionStore store;
    private final CompiledVersions compiled;
    private final RuleVersionReports reports;
    private final Clock clock;

    RuleVersionTesting(RuleVersionStore store, CompiledVersions compiled, RuleVersionReports reports, Clock clock) {
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
        store.saveTestReport(version.id(), reports.write(report), report.testedAt());
        return report;
    }
}
