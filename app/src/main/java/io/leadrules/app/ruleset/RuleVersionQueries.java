package io.leadrules.app.ruleset;

import io.leadrules.app.system.ProblemException;
import io.leadrules.rules.diff.RuleSetDiff;
import io.leadrules.rules.engine.RuleFile;
import java.util.List;
import org.springframework.stereotype.Service;

/** The read side of rule versions: lists, files, rules and differences. */
@Service
class RuleVersionQueries {

    private final RuleVersionStore store;
    private final CompiledVersions compiled;

    RuleVersionQueries(RuleVersionStore store, CompiledVersions compiled) {
        this.store = store;
        this.compiled = compiled;
    }

    List<RuleVersionRecord> all() {
        return store.all();
    }

    RuleVersionRecord active() {
        return store.active().orElseThrow(() -> new IllegalStateException("No rule version is active"));
    }

    RuleVersionRecord existing(String id) {
        return store.existing(id);
    }

    RuleSetLease lease(RuleVersionRecord version) {
        return compiled.lease(version.id());
    }

    /** The file exactly as uploaded; a 404 problem when the version has no file of that name. */
    RuleFile file(String id, String name) {
        RuleVersionRecord version = store.existing(id);
        return store.file(version.id(), name).orElseThrow(() -> new ProblemException(RuleSetProblem.RULE_FILE_NOT_FOUND,
                "Rule version " + id + " has no file named " + name + "; its files are "
                        + String.join(", ", store.entries(version.id()).stream()
                        .map(RuleVersionStore.FileEntry::name).toList()) + ".")
                .with("rulesetVersion", id).with("file", name));
    }

    /**
     * What changed from {@code against} to {@code id}; {@code against} defaults to the version {@code id} was based
     * on (or itself, for the first version).
     */
    VersionDiff diff(String id, String against) {
        RuleVersionRecord version = store.existing(id);
        RuleVersionRecord base = against == null || against.isBlank()
                ? store.find(version.basedOn() == null ? version.id() : version.basedOn()).orElseThrow()
                : store.existing(against.trim());
        RuleSetDiff diff = RuleSetDiff.between(store.files(base.id()), store.files(version.id()));
        return new VersionDiff(version.versionId(), base.versionId(), diff.summary(), diff);
    }

    /** The difference as the API shows it: {@code summary} for a person, then the details. */
    record VersionDiff(String rulesetVersion, String against, String summary, RuleSetDiff changes) {
    }
}
