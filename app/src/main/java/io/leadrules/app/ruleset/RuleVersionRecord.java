package io.leadrules.app.ruleset;

import io.leadrules.rules.engine.CompiledRuleSet;
import java.time.Instant;
import java.util.List;

/**
 * A rule version as stored in {@code rule_versions}, without its files. Reports are JSON as the API shows them.
 *
 * @param basedOn          the version whose files this one started from (null for the first)
 * @param activityTypes    the activity types it gives points to, comma-separated
 * @param validationReport the warnings of its compilation, as JSON
 * @param testReport       its last scenario run, as JSON (null until it has been tested)
 * @param developerChanges what makes it a rule developer's change, as a JSON array of sentences ({@code []} when it
 *                         only changes values of the shipped tables)
 */
record RuleVersionRecord(long id, String label, String author, Instant createdAt, Long basedOn, Status status,
                         String contentHash, int ruleCount, String activityTypes, String validationReport, String testReport,
                         Instant testedAt, String developerChanges) {

    enum Status { DRAFT, ACTIVE, RETIRED }

    /** A new version, as compiled from its files, not yet stored. */
    static RuleVersionRecord draft(long id, String label, String author, Instant createdAt, Long basedOn,
                                   CompiledRuleSet rules, String validationReport, String testReport,
                                   String developerChanges) {
        return new RuleVersionRecord(id, label, author, createdAt, basedOn, Status.DRAFT, rules.contentHash(),
                rules.catalog().rules().size(), String.join(",", rules.activityTypes()), validationReport, testReport,
                testReport == null ? null : createdAt, developerChanges);
    }

    /** The same version with another status: as every reader must see it from a pending activation's instant on. */
    RuleVersionRecord withStatus(Status newStatus) {
        return new RuleVersionRecord(id, label, author, createdAt, basedOn, newStatus, contentHash, ruleCount,
                activityTypes, validationReport, testReport, testedAt, developerChanges);
    }

    List<String> activityTypeList() {
        return activityTypes.isEmpty() ? List.of() : List.of(activityTypes.split(","));
    }

    /** The id as the API and decision records show it: "2". */
    String versionId() {
        return Long.toString(id);
    }
}
