package io.leadrules.app.ruleset;

import io.leadrules.app.system.ProblemException;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.RuleFile;
import io.leadrules.rules.scenario.ScenarioFileException;
import io.leadrules.rules.scenario.ScenarioRebaseline;
import io.leadrules.rules.scenario.ScenarioRebaseline.Rebaselined;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * After an intentional change: a version's scenario files with its actual results written in as the new
 * expectations, to download and review, or accepted in one request as the next draft. The draft is an upload like
 * any other ({@link RuleVersionUpload}): its files are checked, compiled and tested in the confined worker before
 * anything is stored, whatever the service wrote into them. Its activation still runs the scenarios.
 */
@Service
class ScenarioBaselines {

    private final RuleVersionStore store;
    private final CompiledVersions compiled;
    private final RuleVersionUpload upload;

    ScenarioBaselines(RuleVersionStore store, CompiledVersions compiled, RuleVersionUpload upload) {
        this.store = store;
        this.compiled = compiled;
        this.upload = upload;
    }

    /** The scenario file {@code name} of the version, re-baselined to the version's results. */
    Rebaselined actual(String versionId, String name) {
        RuleVersionRecord version = store.existing(versionId);
        RuleFile file = store.file(version.id(), name).filter(RuleFile::isScenarios)
                .orElseThrow(() -> notFound(version, name));
        try (RuleSetLease lease = compiled.lease(version.id())) {
            return rebaseline(lease.rules(), file);
        }
    }

    /** The next DRAFT: the version's files, every scenario file re-baselined; a 404 when it has no scenarios. */
    Accepted accept(String versionId) {
        RuleVersionRecord version = store.existing(versionId);
        List<RuleFile> files = store.files(version.id());
        if (files.stream().noneMatch(RuleFile::isScenarios)) {
            throw new ProblemException(RuleSetProblem.NO_SCENARIOS, "Rule version " + versionId + " has no scenario "
                    + "file, so it has no results to accept. Nothing was stored.").with("rulesetVersion", versionId);
        }
        List<Rebaselined> rebaselined = rebaselined(version, files);
        List<RuleFile> next = files.stream().map(file -> rebaselined.stream().map(Rebaselined::file)
                .filter(copy -> copy.name().equals(file.name())).findFirst().orElse(file)).toList();
        String label = "Accepts the scenario results of version " + version.versionId();
        RuleVersionRecord draft = upload.upload(new NewRuleVersion(next, true, label, version.versionId()));
        return new Accepted(draft, rebaselined);
    }

    private List<Rebaselined> rebaselined(RuleVersionRecord version, List<RuleFile> files) {
        List<Rebaselined> rebaselined = new ArrayList<>();
        try (RuleSetLease lease = compiled.lease(version.id())) {
            files.stream().filter(RuleFile::isScenarios).forEach(file -> rebaselined.add(rebaseline(lease.rules(),
                    file)));
        }
        return rebaselined;
    }

    private static Rebaselined rebaseline(CompiledRuleSet rules, RuleFile file) {
        try {
            return ScenarioRebaseline.of(rules, file);
        } catch (ScenarioFileException e) {
            throw RuleSetProblems.invalid(List.of(e.problem()));
        }
    }

    private ProblemException notFound(RuleVersionRecord version, String name) {
        List<String> scenarioFiles = store.entries(version.id()).stream().map(RuleVersionStore.FileEntry::name)
                .filter(file -> new RuleFile(file, new byte[0]).isScenarios()).toList();
        return new ProblemException(RuleSetProblem.SCENARIO_FILE_NOT_FOUND, "Rule version " + version.versionId()
                + " has no scenario file named " + name + "; its scenario files are "
                + (scenarioFiles.isEmpty() ? "none" : String.join(", ", scenarioFiles)) + ".")
                .with("rulesetVersion", version.versionId()).with("file", name);
    }

    /** The draft created, and what changed in each of its scenario files. */
    record Accepted(RuleVersionRecord draft, List<Rebaselined> files) {
    }
}
