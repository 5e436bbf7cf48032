package io.leadrules.app.ruleset;

import io.leadrules.rules.engine.CompiledRuleSet;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;

/** Stored versions as the API shows them. */
@Component
class RuleVersionViews {

    private static final String BASE = "/api/v1/rulesets/";

    private final RuleVersionStore store;
    private final RuleVersionReports reports;

    RuleVersionViews(RuleVersionStore store, RuleVersionReports reports) {
        this.store = store;
        this.reports = reports;
    }

    RuleVersionView view(RuleVersionRecord version) {
        return view(version, null);
    }

    /** The version with the list of its rules, as an upload answers it. */
    RuleVersionView withRules(RuleVersionRecord version, CompiledRuleSet rules) {
        return view(version, rules.catalog().rules().stream().map(RuleView::of).toList());
    }

    RuleVersionSummary summary(RuleVersionRecord version) {
        JsonNode validation = reports.tree(version.validationReport());
        return new RuleVersionSummary(version.versionId(), version.label(), version.author(), version.createdAt(),
                basedOn(version), version.status().name(), version.contentHash(), version.ruleCount(),
                validation.path("warnings").size(), testSummary(reports.tree(version.testReport())));
    }

    private RuleVersionView view(RuleVersionRecord version, List<RuleView> rules) {
        List<RuleVersionView.FileView> files = store.entries(version.id()).stream()
                .map(file -> new RuleVersionView.FileView(file.name(), file.sha256(), file.size(),
                        BASE + version.id() + "/files/" + UriUtils.encodePathSegment(file.name(),
                                StandardCharsets.UTF_8)))
                .toList();
        List<String> developerChanges = reports.developerChanges(version.developerChanges());
        return new RuleVersionView(version.versionId(), version.label(), version.author(), version.createdAt(),
                basedOn(version), version.status().name(), version.contentHash(), version.ruleCount(),
                version.activityTypeList(), !developerChanges.isEmpty(), developerChanges, files, store.activations(version.id()), reports.tree(version.validationReport()),
                reports.tree(version.testReport()), rules, null);
    }

    /** The version with where its activation stands: the answer to {@code POST .../activation}. */
    RuleVersionView withActivation(RuleVersionRecord version, ActivationView activation) {
        RuleVersionView view = view(version);
        return new RuleVersionView(view.id(), view.label(), view.author(), view.createdAt(), view.basedOn(),
                view.status(), view.contentHash(), view.ruleCount(), view.activityTypes(), view.developerChange(),
                view.developerChanges(), view.files(), view.activations(), view.validation(), view.lastTest(),
                view.rules(), activation);
    }

    private static String basedOn(RuleVersionRecord version) {
        return version.basedOn() == null ? null : Long.toString(version.basedOn());
    }

    private static RuleVersionSummary.TestSummary testSummary(JsonNode test) {
        if (test == null) {
            return null;
        }
        return new RuleVersionSummary.TestSummary(Instant.parse(test.path("testedAt").asString()),
                test.path("passed").asBoolean(), test.path("scenarios").asInt(), test.path("passedCount").asInt(),
                test.path("failedCount").asInt());
    }
}
