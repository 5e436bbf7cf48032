package io.leadrules.app.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ruleset.RuleVersionApi.UploadFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Requests the rule-version endpoints refuse before any rule is compiled: a bad upload form, an unknown version or
 * file, a body that is not a form. Each is a problem of its own type, and no upload stores anything.
 */
@RuleVersionServiceTest
class RuleVersionRequestProblemsTest {

    private static final String INVALID_UPLOAD = "/problems/invalid-ruleset-upload";
    private static final UploadFile A_RULE_FILE = UploadFile.text("Extra.drl", "package leadrules.fit;\n");

    @LocalServerPort
    int port;

    private RuleVersionApi api;
    private List<String> versionsBefore;

    @BeforeEach
    void client() {
        api = new RuleVersionApi(port);
        versionsBefore = api.versionIds();
    }

    @Test
    void anUploadWithoutFilesNamesTheFilesPart() {
        JsonNode problem = api.upload(Map.of("label", "Nothing attached")).problem(400, INVALID_UPLOAD);

        assertThat(fields(problem)).containsExactly("files");
        assertThat(api.versionIds()).isEqualTo(versionsBefore);
    }

    @Test
    void anEmptyFileIsNoFile() {
        JsonNode problem = api.upload(new UploadFile("Empty.drl", new byte[0])).problem(400, INVALID_UPLOAD);

        assertThat(fields(problem)).containsExactly("files");
    }

    @Test
    void aBaseVersionThatDoesNotExistNamesBasedOn() {
        JsonNode problem = api.upload(Map.of("basedOn", "999"), A_RULE_FILE).problem(400, INVALID_UPLOAD);

        assertThat(fields(problem)).containsExactly("basedOn");
        assertThat(problem.get("detail").asString()).contains("999");
        assertThat(api.upload(Map.of("basedOn", "one"), A_RULE_FILE).problem(400, INVALID_UPLOAD).get("errors")
                .get(0).get("field").asString()).isEqualTo("basedOn");
        assertThat(api.versionIds()).isEqualTo(versionsBefore);
    }

    @Test
    void aLabelOfMoreThan200CharactersNamesTheLabel() {
        JsonNode problem = api.upload(Map.of("label", "x".repeat(201)), A_RULE_FILE).problem(400, INVALID_UPLOAD);

        assertThat(fields(problem)).containsExactly("label");
        assertThat(problem.get("errors").get(0).get("message").asString()).contains("200", "201");
        assertThat(api.versionIds()).isEqualTo(versionsBefore);
    }

    @Test
    void anActivationThatNamesWhoActivatesIsRefusedAndChangesNothing() {
        String active = api.activeId();

        JsonNode problem = api.post("/api/v1/rulesets/1/activation?by=maria").problem(400, "/problems/invalid-query");

        assertThat(fields(problem)).containsExactly("by");
        assertThat(problem.get("detail").asString()).contains("authenticated principal");
        assertThat(api.activeId()).isEqualTo(active);
    }

    @Test
    void anUploadThatNamesItsAuthorIsRefusedAndStoresNothing() {
        JsonNode problem = api.upload(Map.of("author", "maria"), A_RULE_FILE).problem(400, INVALID_UPLOAD);

        assertThat(fields(problem)).containsExactly("author");
        assertThat(problem.get("detail").asString()).contains("authenticated principal");
        assertThat(api.versionIds()).isEqualTo(versionsBefore);
    }

    @Test
    void acceptingScenarioResultsUnderANamedAuthorIsRefused() {
        JsonNode problem = api.post("/api/v1/rulesets/1/scenarios/accept?author=maria")
                .problem(400, "/problems/invalid-query");

        assertThat(fields(problem)).containsExactly("author");
        assertThat(api.versionIds()).isEqualTo(versionsBefore);
    }

    @Test
    void activatingAVersionThatDoesNotExistIsNotFoundAndChangesNothing() {
        String active = api.activeId();

        JsonNode problem = api.post("/api/v1/rulesets/999/activation").problem(404, "/problems/ruleset-not-found");

        assertThat(problem.get("rulesetVersion").asString()).isEqualTo("999");
        assertThat(api.activeId()).isEqualTo(active);
    }

    @Test
    void anUnknownVersionIsNotFoundOnEveryEndpoint() {
        for (String path : List.of("/api/v1/rulesets/999", "/api/v1/rulesets/abc", "/api/v1/rulesets/999/rules",
                "/api/v1/rulesets/999/files/Flow.drl", "/api/v1/rulesets/1/diff?against=999")) {
            api.get(path).problem(404, "/problems/ruleset-not-found");
        }
        api.post("/api/v1/rulesets/999/test").problem(404, "/problems/ruleset-not-found");
    }

    @Test
    void aFileTheVersionDoesNotHaveIsNotFoundAndTheDetailListsItsFiles() {
        JsonNode problem = api.get("/api/v1/rulesets/1/files/Nope.drl").problem(404, "/problems/rule-file-not-found");

        assertThat(problem.get("file").asString()).isEqualTo("Nope.drl");
        assertThat(problem.get("rulesetVersion").asString()).isEqualTo("1");
        assertThat(problem.get("detail").asString()).contains("ProfileFit.drl.xlsx");
    }

    @Test
    void anUploadThatIsNotAMultipartFormIsUnsupportedAndSaysWhatToSend() {
        JsonNode problem = api.postJson("/api/v1/rulesets", "{\"files\": []}")
                .problem(415, "/problems/unsupported-media-type");

        assertThat(problem.get("detail").asString()).contains("multipart/form-data")
                .doesNotContain("send the body as JSON");
        assertThat(api.versionIds()).isEqualTo(versionsBefore);
    }

    private static List<String> fields(JsonNode problem) {
        return problem.get("errors").valueStream().map(error -> error.get("field").asString()).toList();
    }
}
