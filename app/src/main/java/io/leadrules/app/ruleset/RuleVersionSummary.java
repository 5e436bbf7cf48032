package io.leadrules.app.ruleset;

import java.time.Instant;

/** A line of the version list: what it is and how it stands, without files or reports. */
record RuleVersionSummary(String id, String label, String author, Instant createdAt, String basedOn, String status,
                          String contentHash, int ruleCount, int warnings, TestSummary lastTest) {

    /** The last scenario run in short; null when the version has never been tested. */
    record TestSummary(Instant testedAt, boolean passed, int scenarios, int passedCount, int failedCount) {
    }
}
