package io.leadrules.app.lead;

import static io.leadrules.app.lead.TestLeads.activity;
import static io.leadrules.app.lead.TestLeads.ana;
import static io.leadrules.app.lead.TestLeads.tag;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.FullServiceTest;
import io.leadrules.app.decision.DecisionSnapshots;
import io.leadrules.app.decision.DecisionStore;
import io.leadrules.app.lead.Api.Answer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** POST and GET /api/v1/leads/{id}/activities: each id once, however it is posted, and no decision lost. */
@FullServiceTest
class ActivityPostingTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DecisionStore decisions;
    @Autowired
    DecisionSnapshots snapshots;

    Api api;
    String lead;

    @BeforeEach
    void aStoredLead() {
        api = new Api(port);
        lead = api.store(ana(tag(), null));
    }

    @Test
    void theSameActivityPostedTwiceIsStoredAndCountedOnceAndTheSecondPostDecidesNothing() {
        String pageView = activity("web-1", "PRICING_PAGE_VIEW", Duration.ofDays(1));

        Answer first = post(pageView);
        Answer second = post(pageView);

        assertThat(ids(first.json().get("accepted"))).containsExactly("web-1");
        assertThat(ids(first.json().get("duplicates"))).isEmpty();
        assertThat(ids(second.json().get("accepted"))).isEmpty();
        assertThat(ids(second.json().get("duplicates"))).containsExactly("web-1");
        assertThat(second.json().get("decision").get("id").asString())
                .as("no new decision: the current one").isEqualTo(first.json().get("decision").get("id").asString());
        assertThat(decisionCount()).isEqualTo(2);
        assertThat(activityCount()).isEqualTo(1);
    }

    @Test
    void oneArrayMayMixNewIdsIdsAlreadyStoredAndRepeats() {
        post(activity("a", "PAGE_VIEW", Duration.ofDays(3)));

        Answer answer = post("[" + activity("b", "PAGE_VIEW", Duration.ofDays(2)) + ", "
                + activity("a", "PAGE_VIEW", Duration.ofDays(3)) + ", " + activity("c", "PAGE_VIEW", Duration.ofDays(1))
                + ", " + activity("b", "PAGE_VIEW", Duration.ofDays(2)) + "]");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(ids(answer.json().get("accepted"))).containsExactly("b", "c");
        assertThat(ids(answer.json().get("duplicates"))).containsExactly("a", "b");
        assertThat(api.get(activities()).json().get("items").valueStream()
                .map(a -> a.get("id").asString() + " " + a.get("type").asString()))
                .as("a repeated id is stored once").containsExactly("a PAGE_VIEW", "b PAGE_VIEW", "c PAGE_VIEW");
    }

    @Test
    void concurrentPostsOfOverlappingIdsStoreEachIdOnceAndLoseNoDecision() throws Exception {
        long decisionsBefore = decisionCount();

        List<Answer> answers = Concurrently.run(8, thread -> post("[" + IntStream.range(thread, thread + 4)
                .mapToObj(n -> activity("v" + n, "PAGE_VIEW", Duration.ofHours(n + 1)))
                .collect(Collectors.joining(", ")) + "]"));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.text()).isEqualTo(200));
        List<String> accepted = new ArrayList<>();
        answers.forEach(answer -> accepted.addAll(ids(answer.json().get("accepted"))));
        Set<String> expected = new HashSet<>();
        IntStream.range(0, 11).forEach(n -> expected.add("v" + n));
        assertThat(accepted).as("every id accepted exactly once").containsExactlyInAnyOrderElementsOf(expected);
        assertThat(activityCount()).isEqualTo(11);
        long postsThatStored = answers.stream().filter(a -> !a.json().get("accepted").isEmpty()).count();
        assertThat(decisionCount()).isEqualTo(decisionsBefore + postsThatStored);
        String current = api.get("/api/v1/leads/" + lead).json().get("current").get("id").asString();
        JsonNode input = snapshots.tree(decisions.findById(UUID.fromString(current)).orElseThrow().inputSnapshot());
        assertThat(input.get("activities").size()).as("the last decision saw every activity").isEqualTo(11);
    }

    @Test
    void theSameActivityPostedConcurrentlyIsAcceptedByExactlyOnePost() throws Exception {
        String demo = TestLeads.demoTwoDaysAgo("demo-1");

        List<Answer> answers = Concurrently.run(8, thread -> post(demo));

        assertThat(answers.stream().filter(a -> ids(a.json().get("accepted")).equals(List.of("demo-1")))).hasSize(1);
        assertThat(answers.stream().filter(a -> ids(a.json().get("duplicates")).equals(List.of("demo-1")))).hasSize(7);
        assertThat(activityCount()).isEqualTo(1);
        assertThat(decisionCount()).isEqualTo(2);
        assertThat(answers).allSatisfy(a -> assertThat(a.json().get("decision").get("score").asInt()).isEqualTo(63));
    }

    @Test
    void badActivitiesAreProblemsNamingTheMemberAndStoreNothing() {
        post("{\"type\": \"PAGE_VIEW\", \"occurredAt\": \"2026-11-21T10:00:00Z\"}")
                .isProblem(400, "/problems/invalid-lead",
                        problem -> assertThat(problem.get("errors").get(0).get("field").asString())
                                .isEqualTo("activities[0].id"));
        assertThat(post("[" + activity("ok", "PAGE_VIEW", Duration.ofDays(1))
                + ", {\"id\": \"x\", \"type\": \"page view\", \"occurredAt\": \"2026-11-21T10:00:00Z\"}, null]")
                .isProblem(400, "/problems/invalid-lead").errorFields())
                .containsExactly("activities[1].type", "activities[2]");
        assertThat(post("{\"id\": \"x\", \"type\": \"PAGE_VIEW\", \"occurredAt\": \"2026-11-21T10:00:00Z\", "
                + "\"colour\": \"red\"}").isProblem(400, "/problems/unknown-member").errorFields())
                .containsExactly("activities[0].colour");
        assertThat(post("[{\"id\": 7, \"type\": \"PAGE_VIEW\", \"occurredAt\": \"2026-11-21T10:00:00Z\"}]")
                .isProblem(400, "/problems/invalid-member-type").errorFields()).containsExactly("activities[0].id");
        post("\"PAGE_VIEW\"").isProblem(400, "/problems/malformed-json");
        post("{\"id\": \"x\", \"id\": \"y\"}").isProblem(400, "/problems/malformed-json");
        post("[] []").isProblem(400, "/problems/malformed-json");
        post("").isProblem(400, "/problems/malformed-json");
        assertThat(activityCount()).isZero();
        assertThat(decisionCount()).isEqualTo(1);
    }

    @Test
    void atMostFiveThousandActivitiesPerPost() {
        String many = IntStream.range(0, 5_001).mapToObj(n -> "{\"id\":\"" + n
                + "\",\"type\":\"PAGE_VIEW\",\"occurredAt\":\"2026-11-21T10:00:00Z\"}")
                .collect(Collectors.joining(",", "[", "]"));

        post(many).isProblem(400, "/problems/too-many-activities");
        assertThat(activityCount()).isZero();
    }

    @Test
    void theListIsOldestFirstAndPaged() {
        post("[" + activity("late", "PAGE_VIEW", Duration.ofHours(1)) + ", "
                + activity("early", "PAGE_VIEW", Duration.ofDays(5)) + ", "
                + "{\"id\": \"middle\", \"type\": \"WEBINAR_ATTENDED\", \"occurredAt\": \"2026-11-20T09:00:00Z\", "
                + "\"detail\": \"Scoring 101\"}]");

        JsonNode first = api.get(activities() + "?size=2").json();
        JsonNode second = api.get(activities() + "?size=2&page=1").json();

        assertThat(first.get("items").valueStream().map(a -> a.get("id").asString()))
                .containsExactly("early", "middle");
        assertThat(second.get("items").valueStream().map(a -> a.get("id").asString())).containsExactly("late");
        assertThat(first.get("total").asInt()).isEqualTo(3);
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("size").asInt()).isEqualTo(2);
        JsonNode middle = first.get("items").get(1);
        assertThat(middle.propertyNames()).containsExactly("id", "type", "occurredAt", "detail", "value", "properties",
                "receivedAt");
        assertThat(middle.get("detail").asString()).isEqualTo("Scoring 101");
        assertThat(middle.get("occurredAt").asString()).isEqualTo("2026-11-20T09:00:00Z");
        assertThat(middle.get("receivedAt").asString()).isEqualTo(TestLeads.NOW.toString());
        api.get(activities() + "?size=201").isProblem(400, "/problems/invalid-query");
        api.get(activities() + "?page=-1").isProblem(400, "/problems/invalid-query");
        api.get(activities() + "?sort=type").isProblem(400, "/problems/invalid-query");
    }

    private Answer post(String body) {
        return api.post(activities(), body);
    }

    private String activities() {
        return "/api/v1/leads/" + lead + "/activities";
    }

    private long activityCount() {
        return jdbc.sql("SELECT COUNT(*) FROM activities WHERE lead_id = ?").param(UUID.fromString(lead))
                .query(Long.class).single();
    }

    private long decisionCount() {
        return jdbc.sql("SELECT COUNT(*) FROM decisions WHERE lead_id = ?").param(UUID.fromString(lead))
                .query(Long.class).single();
    }

    private static List<String> ids(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
