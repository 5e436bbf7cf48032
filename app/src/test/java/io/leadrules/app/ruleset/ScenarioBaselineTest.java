package io.leadrules.app.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ruleset.RuleVersionApi.Answer;
import io.leadrules.app.ruleset.RuleVersionApi.UploadFile;
import io.leadrules.rules.defaults.DefaultRuleSet;
import io.leadrules.rules.engine.RuleFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * After an intentional change that moves a scenario's results: the scenario file with the actual results written in
 * is downloaded, and uploading it makes the scenarios pass; or the results are accepted in one request, which creates
 * a draft that tests green and can be activated. Requests that name nothing to re-baseline are 404 problems.
 */
@RuleVersionServiceTest
class ScenarioBaselineTest {

    /** Row 8 of the shipped scenarios: the one scenario a practitioner Match of 50 changes (fit 51 -> 57). */
    private static final String ANALYST_SCENARIO =
            "Grade C analyst asked for a demo but unsubscribed: MQL by the grade C route";

    @LocalServerPort
    int port;

    private RuleVersionApi api;

    @BeforeEach
    void client() {
        api = new RuleVersionApi(port);
    }

    @Test
    void theDownloadedActualResultsChangeOnlyTheFailingCellsAndMakeTheScenariosPass() {
        String broken = draftWhoseChangeBreaksAScenario();

        Answer download = api.get(actualPath(broken, ScenarioFile.NAME));

        assertThat(download.status()).as(download.text()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("text/csv");
        assertThat(changedLines(shippedScenarios(), download.text())).singleElement().satisfies(line -> {
            assertThat(line).startsWith(ANALYST_SCENARIO);
            assertThat(line).contains(",57,").contains(",39,");
        });
        JsonNode reviewed = api.uploaded(Map.of("basedOn", broken), new UploadFile(ScenarioFile.NAME,
                download.body()));
        assertThat(reviewed.get("lastTest").get("passed").asBoolean()).as(reviewed.toString()).isTrue();
    }

    @Test
    void acceptingCreatesTheNextDraftThatTestsGreenAndCanBeActivated() {
        String broken = draftWhoseChangeBreaksAScenario();
        List<String> before = api.versionIds();

        JsonNode accepted = api.post("/api/v1/rulesets/" + broken + "/scenarios/accept").json(201);

        String id = accepted.get("id").asString();
        assertThat(api.versionIds()).hasSize(before.size() + 1).first().isEqualTo(id);
        assertThat(accepted.get("status").asString()).isEqualTo("DRAFT");
        assertThat(accepted.get("basedOn").asString()).isEqualTo(broken);
        assertThat(accepted.get("author").asString()).isEqualTo("admin");
        assertThat(accepted.get("label").asString()).isEqualTo("Accepts the scenario results of version " + broken);
        assertThat(accepted.get("lastTest").get("passed").asBoolean()).isTrue();
        JsonNode file = accepted.get("acceptedScenarios").get(0);
        assertThat(file.get("file").asString()).isEqualTo(ScenarioFile.NAME);
        assertThat(file.get("changes").valueStream().map(change -> change.get("column").asString() + " "
                + change.get("before").asString() + " -> " + change.get("after").asString()))
                .containsExactlyInAnyOrder("expectFitScore 51 -> 57", "expectScore 36 -> 39");
        assertThat(file.get("dropped").isEmpty()).isTrue();
        assertThat(api.post("/api/v1/rulesets/" + id + "/test").json(200).get("passed").asBoolean()).isTrue();
        try (RuleVersionApi.ActiveVersionRestore restore = api.activeVersionRestoredAfterwards()) {
            assertThat(api.activate(id).get("id").asString()).isEqualTo(id);
        }
    }

    @Test
    void anUnknownOrNonScenarioFileIsA404NamingIt() {
        for (String name : List.of("Nope.scenarios.csv", "Flow.drl")) {
            JsonNode problem = api.get(actualPath("1", name)).problem(404, "/problems/scenario-file-not-found");

            assertThat(problem.get("file").asString()).isEqualTo(name);
            assertThat(problem.get("rulesetVersion").asString()).isEqualTo("1");
            assertThat(problem.get("detail").asString()).contains(name, ScenarioFile.NAME);
        }
        api.get(actualPath("999", ScenarioFile.NAME)).problem(404, "/problems/ruleset-not-found");
        api.post("/api/v1/rulesets/999/scenarios/accept").problem(404, "/problems/ruleset-not-found");
    }

    @Test
    void acceptingAVersionWithoutScenariosIsA404AndStoresNothing() throws IOException {
        List<RuleFile> withoutScenarios = DefaultRuleSet.files().stream().filter(file -> !file.isScenarios()).toList();
        String id = api.uploaded(new UploadFile("no-scenarios.zip", ZippedRuleSetTest.zip("", withoutScenarios)))
                .get("id").asString();
        List<String> before = api.versionIds();

        JsonNode problem = api.post("/api/v1/rulesets/" + id + "/scenarios/accept").problem(404,
                "/problems/no-scenarios");

        assertThat(problem.get("rulesetVersion").asString()).isEqualTo(id);
        assertThat(api.versionIds()).isEqualTo(before);
    }

    private String draftWhoseChangeBreaksAScenario() {
        JsonNode draft = api.uploaded(Map.of("basedOn", "1"), EditedWorkbook.shipped("ProfileFit.drl.xlsx")
                .set("Fit", "FIT-ROLE-PRACTITIONER", "Match (0-100)", 50).file());
        assertThat(draft.get("lastTest").get("failedCount").asInt()).isOne();
        return draft.get("id").asString();
    }

    private static String actualPath(String id, String file) {
        return "/api/v1/rulesets/" + id + "/scenarios/" + file + "/actual";
    }

    private static String shippedScenarios() {
        return new String(EditedWorkbook.shippedBytes(ScenarioFile.NAME), StandardCharsets.UTF_8);
    }

    /** The lines of {@code changed} that differ from the same line of {@code original}; both must have as many. */
    private static List<String> changedLines(String original, String changed) {
        List<String> before = original.lines().toList();
        List<String> after = changed.lines().toList();
        assertThat(after).hasSameSizeAs(before);
        List<String> differing = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            if (!after.get(i).equals(before.get(i))) {
                differing.add(after.get(i));
            }
        }
        return differing;
    }
}
