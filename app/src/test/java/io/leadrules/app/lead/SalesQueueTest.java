package io.leadrules.app.lead;

import static io.leadrules.app.lead.TestLeads.activity;
import static io.leadrules.app.lead.TestLeads.demoTwoDaysAgo;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.FullServiceTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * GET /api/v1/leads: the sales queue. Every test finds its own leads with {@code q=<tag>}: the tag is in each of
 * their companies, and in nobody else's.
 */
@FullServiceTest
class SalesQueueTest {

    @LocalServerPort
    int port;
    @Autowired
    LeadStore leads;

    Api api;
    String tag;

    @BeforeEach
    void client() {
        api = new Api(port);
        tag = TestLeads.tag();
    }

    @Test
    void byDefaultTheQueueIsByPriorityThenScoreAndLeavesOutInvalidAndDisqualifiedLeads() {
        Queue queue = aQueueOfEveryStage();

        JsonNode page = api.get("/api/v1/leads?q=" + tag).json();

        assertThat(summaries(page)).containsExactly(queue.anaSql() + " SQL P1 63", queue.svenSql() + " SQL P2 56",
                queue.anaMql() + " MQL P3 50", queue.student() + " LEAD P4 10");
        assertThat(page.get("total").asInt()).isEqualTo(4);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(50);
    }

    @Test
    void filtersTakeOneValueOrSeveralAndAskingForAStageShowsInvalidAndDisqualifiedLeads() {
        Queue queue = aQueueOfEveryStage();

        assertThat(ids("&stage=SQL")).containsExactly(queue.anaSql(), queue.svenSql());
        assertThat(ids("&stage=invalid,DISQUALIFIED")).containsExactlyInAnyOrder(queue.invalid(),
                queue.disqualified());
        assertThat(ids("&stage=DISQUALIFIED&stage=LEAD")).containsExactly(queue.student(), queue.disqualified());
        assertThat(ids("&grade=B")).containsExactly(queue.svenSql());
        assertThat(ids("&priority=P3,P4")).containsExactly(queue.anaMql(), queue.student());
        assertThat(ids("&temperature=COLD")).containsExactly(queue.student());
        assertThat(ids("&stage=SQL&grade=A&priority=P1&temperature=WARM")).containsExactly(queue.anaSql());
    }

    @Test
    void sortByScoreOrTimeEitherWayAndPageWithoutOverlap() {
        Queue queue = aQueueOfEveryStage();

        assertThat(ids("&sort=-score")).containsExactly(queue.anaSql(), queue.svenSql(), queue.anaMql(),
                queue.student());
        assertThat(ids("&sort=score")).containsExactly(queue.student(), queue.anaMql(), queue.svenSql(),
                queue.anaSql());
        assertThat(ids("&sort=-priority")).containsExactly(queue.student(), queue.anaMql(), queue.svenSql(),
                queue.anaSql());
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonNode answer = api.get("/api/v1/leads?q=" + tag + "&size=2&page=" + page).json();
            assertThat(answer.get("total").asInt()).isEqualTo(4);
            answer.get("items").forEach(item -> paged.add(item.get("id").asString()));
        }
        assertThat(paged).containsExactlyElementsOf(ids(""));
    }

    @Test
    void sortByCreationOrUpdateTime() {
        UUID older = storedDirectly("Older", Instant.parse("2026-01-01T00:00:00Z"));
        UUID newer = storedDirectly("Newer", Instant.parse("2026-06-01T00:00:00Z"));

        assertThat(ids("&sort=createdAt")).containsExactly(older.toString(), newer.toString());
        assertThat(ids("&sort=-createdAt")).containsExactly(newer.toString(), older.toString());
        assertThat(ids("&sort=-updatedAt")).containsExactly(newer.toString(), older.toString());
    }

    @Test
    void theSearchTextMatchesNamesEmailCompanyAndExternalIdIgnoringCaseAndWildcards() {
        String ana = api.store(TestLeads.ana(tag, null));

        for (String q : List.of("ANA GARCIA", "ana." + tag + "@ACME", "acme soft " + tag, "CRM-" + tag)) {
            assertThat(api.get("/api/v1/leads?q=" + q.replace(" ", "%20")).json().get("items")
                    .valueStream().map(item -> item.get("id").asString())).as(q).contains(ana);
        }
        String literal = api.store(TestLeads.student(tag + "x", null).replace("University", "100%_Real"));
        api.store(TestLeads.student(tag + "y", null).replace("University", "100xxReal"));
        assertThat(api.get("/api/v1/leads?q=100%25_real%20" + tag).json().get("items").valueStream()
                .map(item -> item.get("id").asString())).containsExactly(literal);
    }

    @Test
    void everyBadParameterIsNamedInOneInvalidQueryProblem() {
        assertThat(api.get("/api/v1/leads?stage=WON&size=0&page=-1&sort=name&stag=SQL&temperature=tepid")
                .isProblem(400, "/problems/invalid-query").errorFields())
                .containsExactlyInAnyOrder("stage", "size", "page", "sort", "stag", "temperature");
        api.get("/api/v1/leads?size=201").isProblem(400, "/problems/invalid-query");
        api.get("/api/v1/leads?page=abc").isProblem(400, "/problems/invalid-query");
        api.get("/api/v1/leads?grade=E").isProblem(400, "/problems/invalid-query");
        api.get("/api/v1/leads?priority=P0").isProblem(400, "/problems/invalid-query");
        api.get("/api/v1/leads?page=1&page=2").isProblem(400, "/problems/invalid-query");
        api.get("/api/v1/leads?q=" + "x".repeat(256)).isProblem(400, "/problems/invalid-query");
        api.get("/api/v1/leads?q=%27%20OR%201%3D1%20--").json();
    }

    private Queue aQueueOfEveryStage() {
        String student = api.store(TestLeads.student(tag + "s", "[" + activity("p", "PAGE_VIEW", Duration.ofDays(1))
                + "]"));
        String anaMql = api.store(TestLeads.ana(tag + "m", "[" + activity("p1", "PRICING_PAGE_VIEW",
                Duration.ofDays(2)) + ", " + activity("p2", "PRICING_PAGE_VIEW", Duration.ofDays(2).plusHours(1))
                + ", " + activity("p3", "PRICING_PAGE_VIEW", Duration.ofDays(2).plusHours(2)) + ", "
                + activity("p4", "PRICING_PAGE_VIEW", Duration.ofDays(2).plusHours(3)) + "]"));
        String svenSql = api.store(TestLeads.sven(tag + "b", "[" + activity("c", "CONTACT_SALES", Duration.ofDays(3))
                + "]"));
        String anaSql = api.store(TestLeads.ana(tag + "a", "[" + demoTwoDaysAgo("d") + "]"));
        String invalid = api.store(TestLeads.withoutConsent(tag + "i", "[" + demoTwoDaysAgo("d") + "]"));
        String disqualified = api.store(TestLeads.disposable(tag + "d", "[" + demoTwoDaysAgo("d") + "]"));
        return new Queue(anaSql, svenSql, anaMql, student, invalid, disqualified);
    }

    private UUID storedDirectly(String name, Instant createdAt) {
        StoredProfile profile = StoredProfile.of(null, name, null, null, null, name + " " + tag, null, null, null,
                null, null, null, null, null);
        return leads.save(StoredLead.create(UUID.randomUUID(), profile, StoredConsent.NONE, createdAt)).id();
    }

    private List<String> ids(String filters) {
        return api.get("/api/v1/leads?q=" + tag + filters).json().get("items").valueStream()
                .map(item -> item.get("id").asString()).toList();
    }

    private static List<String> summaries(JsonNode page) {
        return page.get("items").valueStream().map(item -> item.get("id").asString() + " "
                + item.get("stage").asString() + " " + item.get("priority").asString() + " "
                + item.get("score").asInt()).toList();
    }

    private record Queue(String anaSql, String svenSql, String anaMql, String student, String invalid,
                         String disqualified) {
    }
}
