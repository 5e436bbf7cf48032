package io.leadrules.app.ruleset;

import io.leadrules.rules.engine.RuleFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * What an approver reads before activating a version: how it differs from the live version (the diff of
 * {@code GET .../diff?against=<live>}, scenario files included, so a version that rewrites its own tests shows it),
 * each scenario file added, removed or changed with its digests, the last scenario report, who uploaded it, its base
 * and whether that base is still live. The review's ETag, sent back as {@code If-Match}, makes the activation approve
 * exactly this comparison.
 */
@Service
class RuleVersionReview {

    private final RuleVersionStore store;
    private final RuleVersionQueries queries;
    private final RuleVersionReports reports;
    private final RuleVersionTags tags;
    private final StaleBases bases;

    RuleVersionReview(RuleVersionStore store, RuleVersionQueries queries, RuleVersionReports reports,
                      RuleVersionTags tags, StaleBases bases) {
        this.store = store;
        this.queries = queries;
        this.reports = reports;
        this.tags = tags;
        this.bases = bases;
    }

    /** The review of the version against the live one, with its ETag. */
    Reviewed review(String versionId) {
        RuleVersionRecord version = store.existing(versionId);
        RuleVersionRecord live = queries.active();
        List<String> developerChanges = reports.developerChanges(version.developerChanges());
        Review review = new Review(version.versionId(), version.status().name(), version.label(), version.author(),
                version.basedOn() == null ? null : version.basedOn().toString(), live.versionId(),
                bases.isStale(version, live), !developerChanges.isEmpty(), developerChanges,
                scenarioFiles(live, version), queries.diff(version.versionId(), live.versionId()),
                reports.tree(version.testReport()));
        return new Reviewed(review, tags.review(version, live));
    }

    private List<ScenarioFileChange> scenarioFiles(RuleVersionRecord live, RuleVersionRecord version) {
        Map<String, String> before = scenarioDigests(live);
        Map<String, String> after = scenarioDigests(version);
        List<ScenarioFileChange> changes = new ArrayList<>();
        after.forEach((name, digest) -> {
            String old = before.get(name);
            if (!Objects.equals(old, digest)) {
                changes.add(new ScenarioFileChange(name, old == null ? "ADDED" : "CHANGED", old, digest));
            }
        });
        before.keySet().stream().filter(name -> !after.containsKey(name))
                .forEach(name -> changes.add(new ScenarioFileChange(name, "REMOVED", before.get(name), null)));
        return changes;
    }

    private Map<String, String> scenarioDigests(RuleVersionRecord version) {
        return store.entries(version.id()).stream()
                .filter(entry -> new RuleFile(entry.name(), new byte[0]).isScenarios())
                .collect(Collectors.toMap(RuleVersionStore.FileEntry::name, RuleVersionStore.FileEntry::sha256,
                        (a, b) -> a, LinkedHashMap::new));
    }

    /** The review and its ETag. */
    record Reviewed(Review review, String etag) {
    }

    /**
     * The review as the API shows it.
     *
     * @param staleBase     true when the version's base is no longer live: activating it needs {@code ?replaces=}
     * @param scenarioFiles each scenario file that differs from the live version's, with both SHA-256 digests (the
     *                      rows changed are in {@code diff})
     * @param lastTest      its last scenario report
     */
    record Review(String rulesetVersion, String status, String label, String uploadedBy, String basedOn,
                  String liveVersion, boolean staleBase, boolean developerChange, List<String> developerChanges,
                  List<ScenarioFileChange> scenarioFiles, RuleVersionQueries.VersionDiff diff, JsonNode lastTest) {
    }

    /** A scenario file added, removed or changed against the live version ({@code change}), with its digests. */
    record ScenarioFileChange(String file, String change, String sha256Before, String sha256After) {
    }
}
