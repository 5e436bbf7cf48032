package io.leadrules.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reasons in the language asked for: the shipped rules carry Spanish beside English, answers show the one
 * Accept-Language asks for (else English) and say which in Content-Language, a stored decision keeps both and is
 * read back in either, a decision stored before reasons had languages is served as written and replays identical,
 * and the audit chain still verifies. Its own database, so that the chain it verifies is only its own.
 */
@SpringBootTest(classes = {LeadRulesApplication.class, ScoringJourneyTest.FixedClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:reason-languages-test;DB_CLOSE_DELAY=-1")
@Import(ScoringJourneyTest.FixedClock.class)
class ReasonLanguagesJourneyTest {

    static final Path FILES = temporaryDirectory();
    static final String ROUTE_TO_SALES_EN = "A sales-qualified lead goes to sales";
    static final String ROUTE_TO_SALES_ES = "Un lead calificado para ventas pasa a ventas";
    static final String DEMO_EN = "Asked for a demo: ready to talk to sales";
    static final String DEMO_ES = "Pidió una demo: listo para hablar con ventas";

    @DynamicPropertySource
    static void auditFiles(DynamicPropertyRegistry registry) {
        registry.add("leadrules.audit.key-file", () -> FILES.resolve("audit.key").toString());
        registry.add("leadrules.audit.head-file", () -> FILES.resolve("heads.jsonl").toString());
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void scoringInSpanishShowsTheSpanishReasonsAndKeepsEveryLanguage() {
        HttpResponse<String> response = score("es");

        JsonNode answer = api.ok(response);
        assertThat(response.headers().firstValue("Content-Language")).contains("es");
        assertThat(answer.get("nextActions").get(0).get("reason").asString()).isEqualTo(ROUTE_TO_SALES_ES);
        assertThat(engagementReason(answer)).isEqualTo(DEMO_ES);
        assertThat(firedRule(answer, "ACTION-SQL").get("reason").asString()).isEqualTo(ROUTE_TO_SALES_ES);
        assertThat(firedRule(answer, "ACTION-SQL").get("reasons").get("es").asString()).isEqualTo(ROUTE_TO_SALES_ES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "fr-FR, de;q=0.8", "*", ""})
    void anyOtherLanguageOrNoneShowsEnglish(String language) {
        HttpResponse<String> response = score(language);

        JsonNode answer = api.ok(response);
        assertThat(response.headers().firstValue("Content-Language")).contains("en");
        assertThat(answer.get("nextActions").get(0).get("reason").asString()).isEqualTo(ROUTE_TO_SALES_EN);
        assertThat(engagementReason(answer)).isEqualTo(DEMO_EN);
    }

    @Test
    void bulkScoringWithEveryExplanationAnswersInTheLanguageAskedFor() {
        String line = ScoringJourneyTest.ISSUE_EXAMPLE.replace('\n', ' ') + "\n";
        HttpResponse<String> response = api.send("/api/v1/scores/batch?explain=full", b -> b
                .header("Content-Type", "application/x-ndjson").header("Accept", "application/x-ndjson")
                .header("Accept-Language", "es").POST(BodyPublishers.ofString(line)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Language")).contains("es");
        JsonNode answer = api.tree(response.body().lines().findFirst().orElseThrow());
        assertThat(engagementReason(answer)).isEqualTo(DEMO_ES);
        assertThat(answer.get("nextActions").get(0).get("reason").asString()).isEqualTo(ROUTE_TO_SALES_ES);
    }

    @Test
    void aStoredDecisionKeepsBothLanguagesAndIsReadBackInEither() {
        HttpResponse<String> created = api.send("/api/v1/leads", b -> b.header("Content-Type", "application/json")
                .header("Accept-Language", "es-MX").POST(BodyPublishers.ofString(lead("both"))));
        JsonNode lead = api.expect(201, created);
        JsonNode decision = lead.get("decision");
        assertThat(created.headers().firstValue("Content-Language")).contains("es");
        assertThat(engagementReason(decision)).isEqualTo(DEMO_ES);
        String id = decision.get("id").asString();

        JsonNode stored = api.tree(storedResult(id));
        assertThat(engagementReason(stored)).isEqualTo(DEMO_EN);
        assertThat(demoPoints(stored).get("reasons").get("es").asString()).isEqualTo(DEMO_ES);
        assertThat(engagementReason(read(id, "es"))).isEqualTo(DEMO_ES);
        JsonNode history = api.ok(api.send("/api/v1/leads/" + lead.get("id").asString() + "/decisions",
                b -> b.header("Accept-Language", "es")));
        assertThat(engagementReason(history.get("items").get(0))).isEqualTo(DEMO_ES);
        assertThat(withoutIds(read(id, "en"))).isEqualTo(stored);
        assertThat(replay(id)).isTrue();
        assertThat(api.ok(api.get("/api/v1/audit/verification")).get("valid").asBoolean()).isTrue();
    }

    @Test
    void aDecisionStoredWithoutTranslationsIsServedAsWrittenAndReplaysIdentical() {
        String id = api.expect(201, api.postJson("/api/v1/leads", lead("before"))).get("decision").get("id")
                .asString();
        String original = storedResult(id);
        String english = original.replaceAll(",\"reasons\":\\{[^}]*}", "");
        assertThat(english).doesNotContain("reasons").contains(DEMO_EN);
        try {
            setResult(id, english);

            HttpResponse<String> spanish = api.send("/api/v1/decisions/" + id, b -> b.header("Accept-Language", "es"));
            assertThat(withoutIds(api.ok(spanish))).isEqualTo(api.tree(english));
            assertThat(spanish.headers().firstValue("Content-Language")).contains("en");
            assertThat(replay(id)).isTrue();
        } finally {
            setResult(id, original);
        }
        assertThat(api.ok(api.get("/api/v1/audit/verification")).get("valid").asBoolean()).isTrue();
    }

    private HttpResponse<String> score(String language) {
        return api.send("/api/v1/scores", b -> {
            b.header("Content-Type", "application/json").POST(BodyPublishers.ofString(ScoringJourneyTest.ISSUE_EXAMPLE));
            return language.isEmpty() ? b : b.header("Accept-Language", language);
        });
    }

    private JsonNode read(String decision, String language) {
        return api.ok(api.send("/api/v1/decisions/" + decision, b -> b.header("Accept-Language", language)));
    }

    private boolean replay(String decision) {
        JsonNode replay = api.ok(api.post("/api/v1/decisions/" + decision + "/replay"));
        assertThat(replay.get("differences").isEmpty()).as("replay %s", replay).isTrue();
        return replay.get("identical").asBoolean();
    }

    private String storedResult(String decision) {
        return jdbc.sql("SELECT result FROM decisions WHERE id = :id").param("id", UUID.fromString(decision))
                .query(String.class).single();
    }

    private void setResult(String decision, String result) {
        jdbc.sql("UPDATE decisions SET result = :result WHERE id = :id").param("result", result)
                .param("id", UUID.fromString(decision)).update();
    }

    /** The reason of the demo request's points. */
    private static String engagementReason(JsonNode answer) {
        return demoPoints(answer).get("reason").asString();
    }

    private static JsonNode demoPoints(JsonNode answer) {
        return answer.get("engagement").get("breakdown").valueStream()
                .filter(p -> p.get("ruleId").asString().equals("ENG-DEMO_REQUESTED")).findFirst().orElseThrow();
    }

    private static JsonNode firedRule(JsonNode answer, String ruleId) {
        return answer.get("firedRules").valueStream().filter(r -> r.get("ruleId").asString().equals(ruleId))
                .findFirst().orElseThrow();
    }

    private static JsonNode withoutIds(JsonNode document) {
        ObjectNode copy = (ObjectNode) document.deepCopy();
        copy.remove(List.of("id", "leadId", "decidedAt"));
        return copy;
    }

    private static String lead(String tag) {
        return """
                {"lead": {"externalId": "lang-%1$s", "firstName": "Ana", "lastName": "Idioma", "email": "%1$s@lang.example",
                "company": "Idiomas %1$s", "jobTitle": "Marketing Director", "industry": "SOFTWARE", "companySize": 250,
                "country": "ES", "consent": {"dataProcessing": true}},
                "activities": [{"id": "first", "type": "DEMO_REQUESTED", "occurredAt": "2026-11-20T10:00:00Z"}]}"""
                .formatted(tag);
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("reason-languages");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
