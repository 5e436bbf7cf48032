package io.leadrules.app.ruleset;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A rule version as the API shows it: what it is, whether it is a rule developer's change and why, its files with
 * their SHA-256, every time it was made active, its validation report (warnings) and its last test report.
 * {@code rules} is only present in the answer to an upload, {@code activation} (its effective instant, which
 * instances are ready) only in the answer to an activation.
 */
record RuleVersionView(String id, String label, String author, Instant createdAt, String basedOn, String status,
                       String contentHash, int ruleCount, List<String> activityTypes, boolean developerChange,
                       List<String> developerChanges, List<FileView> files,
                       List<RuleVersionStore.Activation> activations, @Schema(implementation = RuleVersionReports.ValidationReport.class) JsonNode validation,
                       @Schema(implementation = TestReport.class) JsonNode lastTest, @JsonInclude(JsonInclude.Include.NON_NULL)
                       List<RuleView> rules, @JsonInclude(JsonInclude.Include.NON_NULL) ActivationView activation) {

    /** One file: download it at {@code href}. */
    record FileView(String name, String sha256, int size, String href) {
    }
}
