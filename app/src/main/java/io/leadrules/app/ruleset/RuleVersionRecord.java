package io.leadrules.app.ruleset;

import java.time.Instant;

/**
 * A rule version as stored in {@code rule_versions}, without its files. Reports are JSON as the API shows them.
 *
 * @param basedOn          the version whose files this one started from (null for the first)
 * @param validationReport the warnings of its compilation, as JSON
 * @param testReport       its last scenario run, as JSON (null until it has been tested)
 */
record RuleVersionRecord(long id, String label, String author, Instant createdAt, Long basedOn, Status status,
                         String contentHash, int ruleCount, String validationReport, String testReport,
                         Instant testedAt) {

    enum Status { DRAFT, ACTIVE, RETIRED }

    /** The id as the API and decision records show it: "2". */
    String versionId() {
        return Long.toString(id);
    }
}
