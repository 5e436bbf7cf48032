package io.leadrules.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document the running service serves is the contract clients are generated from: it is written to
 * {@code target/openapi.json} for the linters in .ci/run, it must equal the checked-in {@code docs/openapi.json}
 * (so that a client can be generated without starting the service), and it holds the shape integrators need.
 * Same configuration as {@link ScoringJourneyTest}, so that Spring shares the context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:leadrules-test;DB_CLOSE_DELAY=-1")
@Import(ScoringJourneyTest.FixedClock.class)
class OpenApiDocumentTest {

    private static final Path CHECKED_IN = Path.of("..", "docs", "openapi.json");
    private static final Path EXPORTED = Path.of("target", "openapi.json");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();
    private String document;
    private JsonNode root;
    private JsonNode paths;

    @BeforeEach
    void fetchTheDocument() throws Exception {
        document = HttpClient.newHttpClient().send(TestCredentials.request(
                URI.create("http://localhost:" + port + "/v3/api-docs")).GET().build(), BodyHandlers.ofString()).body();
        Files.createDirectories(EXPORTED.getParent());
        Files.writeString(EXPORTED, document, StandardCharsets.UTF_8);
        root = json.readTree(document);
        paths = root.get("paths");
    }

    @Test
    void theCheckedInDocumentIsTheLiveOne() throws IOException {
        String refresh = "docs/openapi.json is not the live document: refresh it with "
                + "`cp app/target/openapi.json docs/openapi.json` (this test wrote it) and review the diff";
        assertThat(CHECKED_IN).as(refresh).exists();
        assertThat(json.readTree(Files.readString(CHECKED_IN, StandardCharsets.UTF_8))).as(refresh).isEqualTo(root);
    }

    @Test
    void everyOperationHasAUniqueLowerCamelIdASummaryAndATag() {
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, JsonNode> operation : operations()) {
            JsonNode op = operation.getValue();
            String id = op.path("operationId").asString("");
            assertThat(id).as(operation.getKey()).matches("[a-z][a-zA-Z]+");
            assertThat(ids.add(id)).as("duplicate operationId " + id).isTrue();
            assertThat(op.path("summary").asString("")).as(operation.getKey()).isNotBlank();
            assertThat(op.path("tags").isEmpty()).as(operation.getKey()).isFalse();
        }
    }

    @Test
    void everyOperationDescribesTheProblemsAnyRequestCanMeet() {
        for (Map.Entry<String, JsonNode> operation : operations()) {
            JsonNode responses = operation.getValue().get("responses");
            for (String status : List.of("400", "401", "403", "413", "429", "500")) {
                assertThat(resolved(responses.path(status)).path("content").path("application/problem+json")
                        .path("schema").path("$ref").asString("")).as(operation.getKey() + " " + status)
                        .isEqualTo("#/components/schemas/Problem");
            }
        }
    }

    @Test
    void theProblemTypeListsEveryTypeTheServiceAnswersWith() {
        JsonNode types = root.path("components").path("schemas").path("Problem").path("properties").path("type")
                .path("enum");
        assertThat(types.valueStream().map(JsonNode::asString))
                .contains("/problems/lead-not-found", "/problems/lead-erased", "/problems/invalid-lead",
                        "/problems/rate-limited", "/problems/unauthorized");
    }

    @Test
    void decisionsAreTypedNotJacksonTrees() {
        JsonNode schemas = root.path("components").path("schemas");
        assertThat(schemas.propertyNames()).doesNotContain("JsonNode", "ObjectNode", "ArrayNode")
                .contains("Decision", "ScoreResponse");
        assertThat(resolved(paths.path("/api/v1/decisions/{id}").path("get").path("responses").path("200"))
                .path("content").path("application/json").path("schema").path("$ref").asString())
                .isEqualTo("#/components/schemas/Decision");
        assertThat(schemas.path("LeadView").path("properties").path("current").path("$ref").asString())
                .isEqualTo("#/components/schemas/Decision");
    }

    @Test
    void listsOfDifferentThingsHaveSchemasOfTheirOwn() {
        JsonNode schemas = root.path("components").path("schemas");
        assertThat(itemsOf(schemas.path("BacktestList"))).isEqualTo("#/components/schemas/Backtest");
        assertThat(itemsOf(schemas.path("SimulationList"))).isEqualTo("#/components/schemas/Simulation");
        assertThat(itemsOf(schemas.path("LeadImportPage"))).isEqualTo("#/components/schemas/LeadImport");
        assertThat(schemas.path("ReplayResult").path("properties").path("differences").path("items").path("$ref")
                .asString()).isEqualTo("#/components/schemas/ReplayDifference");
    }

    @Test
    void theScoringExampleIsTheServicesRealAnswer() throws Exception {
        JsonNode examples = paths.path("/api/v1/scores").path("post");
        JsonNode request = examples.path("requestBody").path("content").path("application/json").path("examples")
                .path("marketingDirector").path("value");
        JsonNode documented = examples.path("responses").path("200").path("content").path("application/json")
                .path("examples").path("marketingDirector").path("value");

        String answer = HttpClient.newHttpClient().send(TestCredentials.request(
                        URI.create("http://localhost:" + port + "/api/v1/scores"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(request.toString()))
                .build(), BodyHandlers.ofString()).body();
        Files.writeString(Path.of("target", "score-response.json"), answer, StandardCharsets.UTF_8);
        assertThat(json.readTree(answer)).as("the example answer of POST /api/v1/scores is not the real one: copy "
                + "app/target/score-response.json to app/src/main/resources/openapi/").isEqualTo(documented);
    }

    private static String itemsOf(JsonNode list) {
        return list.path("properties").path("items").path("items").path("$ref").asString();
    }

    private JsonNode resolved(JsonNode response) {
        String ref = response.path("$ref").asString("");
        return ref.isEmpty() ? response
                : root.path("components").path("responses").path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private List<Map.Entry<String, JsonNode>> operations() {
        List<Map.Entry<String, JsonNode>> all = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (METHODS.contains(op.getKey())) {
                    all.add(Map.entry(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue()));
                }
            }
        }
        return all;
    }
}
