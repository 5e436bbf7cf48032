package io.leadrules.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.decision.StoredDecision;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Decision records over HTTP: a lead's history, one decision, and replays. */
@FullServiceTest
class DecisionJourneyTest {

    static final Instant NOW = ScoringJourneyTest.NOW;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    StoredLeadFixture fixture;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        fixture = new StoredLeadFixture(context);
    }

    @Test
    void hundredRandomDecisionsReplayIdentically() {
        List<UUID> decisions = new ArrayList<>();
        for (long seed = 1; seed <= 100; seed++) {
            RandomLeads.Generated lead = RandomLeads.generate(seed, NOW);
            UUID leadId = fixture.create(lead.profile(), lead.consent(), lead.asOf().minusSeconds(1),
                    lead.activities());
            decisions.add(fixture.decide(leadId, lead.asOf()).id());
        }

        List<String> stages = new ArrayList<>();
        for (UUID decision : decisions) {
            JsonNode replay = api.ok(api.post("/api/v1/decisions/" + decision + "/replay"));
            assertThat(replay.get("identical").asBoolean()).as("replay of %s: %s", decision, replay).isTrue();
            assertThat(replay.get("differences").isEmpty()).isTrue();
            assertThat(replay.get("rulesetVersion").asString()).isEqualTo("1");
            assertThat(replay.get("decisionId").asString()).isEqualTo(decision.toString());
            stages.add(api.ok(api.get("/api/v1/decisions/" + decision)).get("stage").asString());
        }
        // the random leads reach every stage, so the replays cover every path through the rules
        assertThat(stages).contains("INVALID", "DISQUALIFIED", "LEAD", "MQL", "SQL");
    }

    @Test
    void aReplayThatDoesNotMatchTheRecordNamesEveryDifference() {
        StoredDecision decision = decidedIdealPersona();
        JsonNode recorded = api.tree(decision.result());
        jdbc.sql("UPDATE decisions SET result = :result WHERE id = :id").param("id", decision.id())
                .param("result", decision.result().replaceFirst("\"score\":\\d+", "\"score\":99")
                        .replace("\"points\":24", "\"points\":25")).update();

        JsonNode replay = api.ok(api.post("/api/v1/decisions/" + decision.id() + "/replay"));

        int roleRule = firedRuleIndex(recorded, "FIT-ROLE-SENIOR");
        int roleCategory = fitCategoryIndex(recorded, "ROLE");
        assertThat(replay.get("identical").asBoolean()).isFalse();
        assertThat(replay.get("differences").valueStream().map(d -> d.get("path").asString() + " "
                + d.get("recorded") + " -> " + d.get("replayed")))
                .containsExactly("score 99 -> " + recorded.get("score"),
                        "fit.breakdown[" + roleCategory + "].points 25 -> 24",
                        "firedRules[" + roleRule + "].points 25 -> 24");
    }

    @ParameterizedTest
    @CsvSource({"ruleset_version, 7", "ruleset_hash, 0000"})
    void aDecisionOfARuleVersionTheServiceDoesNotHaveIsNotReplayed(String column, String value) {
        StoredDecision decision = decidedIdealPersona();
        jdbc.sql("UPDATE decisions SET " + column + " = :value WHERE id = :id").param("value", value)
                .param("id", decision.id()).update();

        JsonNode problem = api.problem(api.post("/api/v1/decisions/" + decision.id() + "/replay"), 409,
                "/problems/ruleset-version-unavailable");
        assertThat(problem.get("rulesetVersion").asString()).isEqualTo(column.equals("ruleset_version") ? "7" : "1");
    }

    @Test
    void replayingAnUnknownDecisionIsNotFound() {
        UUID unknown = UUID.randomUUID();
        JsonNode problem = api.problem(api.post("/api/v1/decisions/" + unknown + "/replay"), 404,
                "/problems/decision-not-found");
        assertThat(problem.get("decisionId").asString()).isEqualTo(unknown.toString());
        api.problem(api.get("/api/v1/decisions/" + unknown), 404, "/problems/decision-not-found");
    }

    @Test
    void aDecisionIsTheRecordedScoringResponseWithItsIdsFirst() {
        StoredDecision decision = decidedIdealPersona();

        JsonNode document = api.ok(api.get("/api/v1/decisions/" + decision.id()));

        assertThat(List.copyOf(document.propertyNames()).subList(0, 5))
                .containsExactly("id", "leadId", "decidedAt", "rulesetVersion", "asOf");
        assertThat(document.get("id").asString()).isEqualTo(decision.id().toString());
        assertThat(document.get("leadId").asString()).isEqualTo(decision.leadId().toString());
        assertThat(document.get("decidedAt").asString()).isEqualTo(NOW.toString());
        JsonNode withoutIds = document.deepCopy();
        ((ObjectNode) withoutIds).remove(List.of("id", "leadId", "decidedAt"));
        assertThat(withoutIds).isEqualTo(api.tree(decision.result()));
        assertThat(document.get("score").asInt()).isEqualTo(63);
    }

    @Test
    void aLeadsDecisionsArePagedNewestFirst() {
        UUID lead = fixture.create(StoredLeadFixture.idealPersona(null, null), StoredLeadFixture.CONSENTED,
                NOW.minus(Duration.ofDays(10)), List.of());
        List<String> ids = new ArrayList<>();
        for (int day = 5; day >= 1; day--) {
            ids.add(0, fixture.decide(lead, NOW.minus(Duration.ofDays(day))).id().toString());
        }

        JsonNode first = api.ok(api.get("/api/v1/leads/" + lead + "/decisions?size=2"));
        JsonNode last = api.ok(api.get("/api/v1/leads/" + lead + "/decisions?page=2&size=2"));
        JsonNode beyond = api.ok(api.get("/api/v1/leads/" + lead + "/decisions?page=3&size=2"));

        assertThat(List.copyOf(first.propertyNames())).containsExactly("items", "page", "size", "total", "next");
        assertThat(first.get("items").valueStream().map(d -> d.get("id").asString())).containsExactly(ids.get(0),
                ids.get(1));
        assertThat(first.get("items").get(0).get("asOf").asString()).isEqualTo(NOW.minus(Duration.ofDays(1))
                .toString());
        assertThat(List.of(first.get("page").asInt(), first.get("size").asInt(), first.get("total").asInt()))
                .containsExactly(0, 2, 5);
        assertThat(last.get("items").valueStream().map(d -> d.get("id").asString())).containsExactly(ids.get(4));
        assertThat(beyond.get("items").isEmpty()).isTrue();
        assertThat(api.ok(api.get("/api/v1/leads/" + lead + "/decisions")).get("size").asInt()).isEqualTo(20);
    }

    @ParameterizedTest
    @CsvSource({"size=0, size", "size=201, size", "size=ten, size", "page=-1, page", "page=1.5, page"})
    void pagingOutsideItsRangeIsAnInvalidQueryNamingTheParameter(String query, String parameter) {
        UUID lead = fixture.create(StoredLeadFixture.idealPersona(null, null), StoredLeadFixture.CONSENTED, NOW,
                List.of());

        JsonNode problem = api.problem(api.get("/api/v1/leads/" + lead + "/decisions?" + query), 400,
                "/problems/invalid-query");

        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(parameter);
    }

    @Test
    void anIdThatIsNotAUuidIsABadRequest() {
        api.problem(api.get("/api/v1/decisions/not-a-uuid"), 404, "/problems/decision-not-found");
    }

    @Test
    void theDecisionsOfAnUnknownLeadAreNotFound() {
        api.problem(api.get("/api/v1/leads/" + UUID.randomUUID() + "/decisions"), 404, "/problems/lead-not-found");
    }

    private static int fitCategoryIndex(JsonNode result, String category) {
        JsonNode breakdown = result.get("fit").get("breakdown");
        for (int i = 0; i < breakdown.size(); i++) {
            if (breakdown.get(i).get("category").asString().equals(category)) {
                return i;
            }
        }
        throw new AssertionError(category + " is not in the fit breakdown");
    }

    private static int firedRuleIndex(JsonNode result, String ruleId) {
        JsonNode rules = result.get("firedRules");
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).get("ruleId").asString().equals(ruleId)) {
                return i;
            }
        }
        throw new AssertionError(ruleId + " did not fire");
    }

    private StoredDecision decidedIdealPersona() {
        UUID lead = fixture.create(StoredLeadFixture.idealPersona(null, null), StoredLeadFixture.CONSENTED,
                NOW.minus(Duration.ofDays(3)), List.of(StoredLeadFixture.activity("e1", "DEMO_REQUESTED",
                        Instant.parse("2026-11-20T10:00:00Z"))));
        return fixture.decide(lead, NOW);
    }
}
