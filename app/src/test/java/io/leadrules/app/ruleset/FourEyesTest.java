package io.leadrules.app.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadrules.app.LeadRulesApplication;
import io.leadrules.app.TestCredentials;
import io.leadrules.app.system.ProblemException;
import io.leadrules.rules.engine.RuleFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Four eyes on (the default): a version is made live only by someone other than its uploader, and the activation
 * records who approved it. Telling two people apart needs authentication, which this branch does not have over HTTP
 * yet, so the tests act as a person by putting an authentication in the test thread and calling the services (or
 * MockMvc, which serves the request in the test thread). Its own context and database: the setting differs from
 * every other test's.
 */
@SpringBootTest(classes = {LeadRulesApplication.class, RuleVersionServiceTest.FixedClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:leadrules-four-eyes;DB_CLOSE_DELAY=-1",
                "leadrules.rules.four-eyes=true"})
class FourEyesTest {

    private static final String EDITOR = "ROLE_RULE_EDITOR";
    private static final String SCENARIO = "Ideal persona asked for a demo two days ago (the issue's example)";
    private static final String SHIPPED = "1";

    @Autowired
    RuleVersionUpload upload;
    @Autowired
    RuleVersionActivation activation;
    @Autowired
    RuleVersionStore store;
    @Autowired
    WebApplicationContext context;
    @LocalServerPort
    int port;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theUploaderCannotActivateTheirVersionAndAnotherRuleEditorApprovesIt() {
        RuleVersionRecord draft = uploadedBy("alice", EDITOR);
        assertThat(draft.author()).isEqualTo("alice");

        assertThatThrownBy(() -> activateAs("alice", draft)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.type()).isEqualTo(RuleSetProblem.FOUR_EYES_REQUIRED);
            assertThat(e.properties()).containsEntry("uploadedBy", "alice");
            assertThat(e.getMessage()).contains("alice");
        });
        assertThat(store.active().orElseThrow().id()).isNotEqualTo(draft.id());

        RuleVersionRecord live = activateAs("bob", draft);

        assertThat(live.status()).isEqualTo(RuleVersionRecord.Status.ACTIVE);
        assertThat(store.activations(draft.id())).singleElement().satisfies(approval -> {
            assertThat(approval.activatedBy()).isEqualTo("bob");
            assertThat(approval.selfApproved()).isFalse();
        });
        activateAs("carol", store.find(1).orElseThrow());
    }

    @Test
    void aRollbackToARetiredVersionNeedsSomeoneOtherThanItsUploader() {
        RuleVersionRecord version = uploadedBy("alice", EDITOR);
        activateAs("bob", version);
        activateAs("carol", store.find(1).orElseThrow());

        assertThatThrownBy(() -> activateAs("alice", version)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.type()).isEqualTo(RuleSetProblem.FOUR_EYES_REQUIRED));

        assertThat(store.active().orElseThrow().versionId()).isEqualTo(SHIPPED);
        assertThat(activateAs("bob", version).status()).isEqualTo(RuleVersionRecord.Status.ACTIVE);
        activateAs("carol", store.find(1).orElseThrow());
    }

    @Test
    void overHttpAColleaguesKeyApprovesAndTheActivationAndTheAuditLogNameThem() throws Exception {
        RuleVersionApi api = new RuleVersionApi(port);
        String id = api.uploaded(Map.of("basedOn", api.activeId()), scenarioEdit("approved by a colleague"))
                .get("id").asString();
        String colleague = "bob-" + UUID.randomUUID().toString().substring(0, 8);
        String key = colleagueKey(colleague, "RULE_EDITOR");

        HttpResponse<String> approved = send("POST", "/api/v1/rulesets/" + id + "/activation", key);

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(store.activations(Long.parseLong(id))).singleElement().satisfies(approval -> {
            assertThat(approval.activatedBy()).isEqualTo(colleague);
            assertThat(approval.selfApproved()).isFalse();
        });
        JsonNode entries = api.get("/api/v1/audit/events?subject=" + id + "&action=RULE_VERSION_ACTIVATED").json(200);
        assertThat(entries.get("items")).singleElement().satisfies(entry ->
                assertThat(entry.get("actor").asString()).isEqualTo(colleague));
        api.post("/api/v1/rulesets/" + SHIPPED + "/activation").json(200);
    }

    private String colleagueKey(String name, String role) throws Exception {
        HttpResponse<String> user = send("POST", "/api/v1/users", TestCredentials.ADMIN_KEY, "{\"name\": \"" + name
                + "\", \"roles\": [\"" + role + "\"]}");
        assertThat(user.statusCode()).as(user.body()).isEqualTo(201);
        HttpResponse<String> key = send("POST", "/api/v1/api-keys", TestCredentials.ADMIN_KEY, "{\"user\": \""
                + name + "\", \"roles\": [\"" + role + "\"]}");
        assertThat(key.statusCode()).as(key.body()).isEqualTo(201);
        return JsonMapper.builder().build().readTree(key.body()).get("key").asString();
    }

    private HttpResponse<String> send(String method, String path, String key) throws Exception {
        return send(method, path, key, null);
    }

    private HttpResponse<String> send(String method, String path, String key, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + key);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void overHttpTheUploaderIsRefusedWithAFourEyesProblem() {
        RuleVersionApi api = new RuleVersionApi(port);
        String id = api.uploaded(Map.of("basedOn", SHIPPED), scenarioEdit("over HTTP")).get("id").asString();

        JsonNode refused = api.post("/api/v1/rulesets/" + id + "/activation").problem(403,
                "/problems/four-eyes-required");

        assertThat(refused.get("title").asString()).isEqualTo("Someone else must approve this rule version");
        assertThat(refused.get("uploadedBy").asString()).isEqualTo("admin");
        assertThat(api.activeId()).isEqualTo(SHIPPED);
    }

    @Test
    void theAuthorOfADraftCannotApproveItThroughAColleaguesVersionBuiltOnTop() {
        signIn("mallory", EDITOR, "ROLE_RULE_DEVELOPER");
        RuleVersionRecord code = upload.upload(changes(competitors()));
        signIn("eve", EDITOR);
        RuleVersionRecord onTop = upload.upload(new NewRuleVersion(List.of(new RuleFile(ScenarioFile.NAME,
                scenarioEdit("eve " + System.nanoTime()).content())), false, "A tweak", code.versionId()));
        SecurityContextHolder.clearContext();
        assertThat(onTop.author()).isEqualTo("eve");

        assertThatThrownBy(() -> activateAs("mallory", onTop)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.type()).isEqualTo(RuleSetProblem.FOUR_EYES_REQUIRED);
            assertThat(e.properties()).containsEntry("uploadedBy", "mallory");
        });
        assertThat(store.active().orElseThrow().versionId()).isEqualTo(SHIPPED);

        assertThat(activateAs("bob", onTop).status()).isEqualTo(RuleVersionRecord.Status.ACTIVE);
        activateAs("carol", store.find(1).orElseThrow());
    }

    @Test
    void aRuleEditorWithoutTheDeveloperRoleCannotUploadADrlFileAndADeveloperCan() {
        List<Long> before = store.all().stream().map(RuleVersionRecord::id).toList();
        signIn("carol", EDITOR);

        assertThatThrownBy(() -> upload.upload(changes(competitors()))).isInstanceOfSatisfying(
                ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(RuleSetProblem.DEVELOPER_ROLE_REQUIRED);
                    assertThat(e.properties()).containsEntry("files", List.of("Competitors.drl"));
                });
        assertThat(store.all().stream().map(RuleVersionRecord::id).toList()).isEqualTo(before);

        signIn("dave", EDITOR, "ROLE_RULE_DEVELOPER");
        RuleVersionRecord stored = upload.upload(changes(competitors()));
        assertThat(stored.author()).isEqualTo("dave");
        assertThat(stored.developerChanges()).contains("Competitors.drl");
    }

    @Test
    void theDeveloperRoleProblemNamesEachFileOverHttp() throws Exception {
        signIn("carol", EDITOR);
        MockMultipartFile file = new MockMultipartFile("files", "Competitors.drl", "text/plain",
                competitors().content());

        MockMvcBuilders.webAppContextSetup(context).build().perform(multipart("/api/v1/rulesets").file(file))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/developer-role-required"))
                .andExpect(jsonPath("$.title").value("Only a rule developer may upload rule code"))
                .andExpect(jsonPath("$.files[0]").value("Competitors.drl"));
    }

    private RuleVersionRecord uploadedBy(String user, String... roles) {
        signIn(user, roles);
        try {
            RuleFile edited = new RuleFile(ScenarioFile.NAME, scenarioEdit(user + " " + System.nanoTime()).content());
            return upload.upload(changes(edited));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private RuleVersionRecord activateAs(String user, RuleVersionRecord version) {
        signIn(user, EDITOR);
        try {
            return activation.activate(version.versionId(), RuleVersionActivation.Conditions.NONE);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void signIn(String user, String... roles) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(user, null, roles));
    }

    private static NewRuleVersion changes(RuleFile file) {
        return new NewRuleVersion(List.of(file), false, "A change", SHIPPED);
    }

    private static RuleVersionApi.UploadFile scenarioEdit(String words) {
        return ScenarioFile.shipped().replaceInScenario(SCENARIO, "(A). Demo", "(A). Demo - " + words + " -").file();
    }

    private static RuleFile competitors() {
        return new RuleFile("Competitors.drl", """
                package leadrules.data_quality;

                import io.leadrules.rules.vocabulary.*;

                rule "DQ-COMPETITOR The address belongs to a competitor"
                    @reason("Someone at a competitor is researching us, not buying")
                    ruleflow-group "data_quality"
                when
                    Lead( Text.isOneOf(emailDomain(), "rivalsoft.com") )
                then
                    insert(new Finding("COMPETITOR", "lead.email", Severity.WARNING,
                            "The address belongs to a competitor", drools.getRule().getName()));
                end
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
