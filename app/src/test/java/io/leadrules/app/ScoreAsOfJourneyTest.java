package io.leadrules.app;

import static io.leadrules.app.StoredLeadFixture.activity;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.lead.StoredProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/leads/{id}/score?asOf=}: a stored lead's score at a past instant. */
@FullServiceTest
class ScoreAsOfJourneyTest {

    static final Instant NOW = ScoringJourneyTest.NOW;
    static final Instant DEMO_AT = NOW.minus(Duration.ofDays(45));

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
    void aDemoCountsInFullAsOfThenAndDecayedAsOfNow() {
        UUID lead = leadWhoAskedForADemo45DaysAgo();

        JsonNode then = score(lead, DEMO_AT.plus(Duration.ofHours(1)));
        JsonNode now = score(lead, NOW);

        assertThat(then.get("leadId").asString()).isEqualTo(lead.toString());
        assertThat(then.get("asOf").asString()).isEqualTo("2026-10-08T13:00:00Z");
        assertThat(demo(then).get("points").asInt()).isEqualTo(40);
        assertThat(then.get("stage").asString()).isEqualTo("SQL");
        assertThat(demo(now).get("points").asInt()).isEqualTo(20);
        assertThat(demo(now).get("detail").asString()).isEqualTo("1 event, 45 days old");
        assertThat(now.get("engagement").get("score").asInt()).isLessThan(then.get("engagement").get("score").asInt());
        assertThat(now.get("stage").asString()).isEqualTo("MQL");
    }

    @Test
    void onlyActivitiesThatHadHappenedAndBeenReceivedCount() {
        UUID lead = leadWhoAskedForADemo45DaysAgo();
        fixture.append(lead, List.of(activity("late", "PRICING_PAGE_VIEW", NOW.minus(Duration.ofDays(10)))
                .receivedAt(NOW.minus(Duration.ofDays(2)))));

        assertThat(categories(score(lead, NOW.minus(Duration.ofDays(5))))).containsExactly("DEMO_REQUESTED");
        assertThat(categories(score(lead, NOW.minus(Duration.ofDays(1)))))
                .containsExactlyInAnyOrder("DEMO_REQUESTED", "PRICING_PAGE_VIEW");
    }

    @Test
    void theProfileIsTheOneTheLastDecisionByThenSaw() {
        Instant created = NOW.minus(Duration.ofDays(30));
        Instant promoted = NOW.minus(Duration.ofDays(10));
        UUID lead = fixture.create(withTitle("Marketing Intern"), StoredLeadFixture.CONSENTED, created, List.of());
        fixture.decideAt(lead, created, created);
        fixture.changeProfile(lead, withTitle("Marketing Director"), promoted);
        fixture.decideAt(lead, promoted, promoted);

        assertThat(roleRule(score(lead, created))).isNotEqualTo("FIT-ROLE-SENIOR");
        assertThat(roleRule(score(lead, promoted.minusSeconds(1)))).isEqualTo(roleRule(score(lead, created)));
        assertThat(roleRule(score(lead, promoted))).isEqualTo("FIT-ROLE-SENIOR");
    }

    @Test
    void askingWritesNothing() {
        UUID lead = leadWhoAskedForADemo45DaysAgo();
        String before = jdbc.sql("SELECT current_decision_id || ':' || score FROM leads WHERE id = :id")
                .param("id", lead).query(String.class).single();

        score(lead, NOW);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM decisions WHERE lead_id = :id").param("id", lead)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT current_decision_id || ':' || score FROM leads WHERE id = :id")
                .param("id", lead).query(String.class).single()).isEqualTo(before);
    }

    @Test
    void beforeTheLeadWasCreatedItWasNotKnown() {
        UUID lead = leadWhoAskedForADemo45DaysAgo();

        JsonNode problem = api.problem(api.get("/api/v1/leads/" + lead + "/score?asOf="
                + DEMO_AT.minus(Duration.ofHours(2))), 404, "/problems/not-known-at-instant");

        assertThat(problem.get("leadId").asString()).isEqualTo(lead.toString());
        assertThat(problem.get("createdAt").asString()).isEqualTo(DEMO_AT.minus(Duration.ofHours(1)).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "?asOf=", "?asOf=yesterday", "?asOf=2026-10-01", "?asOf=2026-10-01T00:00:00",
            "?asOf=2026-11-22T12:00:01Z"})
    void asOfIsRequiredExactAndNotInTheFuture(String query) {
        UUID lead = leadWhoAskedForADemo45DaysAgo();

        JsonNode problem = api.problem(api.get("/api/v1/leads/" + lead + "/score" + query), 400,
                "/problems/invalid-query");

        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("asOf");
    }

    @Test
    void anOffsetOtherThanUtcIsTheSameInstant() {
        UUID lead = leadWhoAskedForADemo45DaysAgo();

        JsonNode answer = api.ok(api.get("/api/v1/leads/" + lead + "/score?asOf=2026-11-22T13:00:00%2B01:00"));

        assertThat(answer.get("asOf").asString()).isEqualTo(NOW.toString());
    }

    @Test
    void anUnknownLeadIsNotFound() {
        api.problem(api.get("/api/v1/leads/" + UUID.randomUUID() + "/score?asOf=" + NOW), 404,
                "/problems/lead-not-found");
        api.problem(api.get("/api/v1/leads/not-a-uuid/score?asOf=" + NOW), 404, "/problems/lead-not-found");
    }

    private UUID leadWhoAskedForADemo45DaysAgo() {
        UUID lead = fixture.create(StoredLeadFixture.idealPersona(null, null), StoredLeadFixture.CONSENTED,
                DEMO_AT.minus(Duration.ofHours(1)), List.of(activity("demo", "DEMO_REQUESTED", DEMO_AT)));
        fixture.decideAt(lead, DEMO_AT, DEMO_AT);
        return lead;
    }

    private static StoredProfile withTitle(String jobTitle) {
        StoredProfile ideal = StoredLeadFixture.idealPersona(null, null);
        return StoredProfile.of(null, ideal.firstName(), ideal.lastName(), null, ideal.phone(), ideal.company(),
                jobTitle, ideal.industry(), ideal.companySize(), ideal.annualRevenue(), ideal.country(),
                ideal.source(), ideal.leadMagnet(), ideal.productInterest());
    }

    private JsonNode score(UUID lead, Instant asOf) {
        return api.ok(api.get("/api/v1/leads/" + lead + "/score?asOf=" + asOf));
    }

    private static JsonNode demo(JsonNode answer) {
        return answer.get("engagement").get("breakdown").valueStream()
                .filter(entry -> entry.get("category").asString().equals("DEMO_REQUESTED")).findFirst().orElseThrow();
    }

    private static List<String> categories(JsonNode answer) {
        return answer.get("engagement").get("breakdown").valueStream().map(e -> e.get("category").asString())
                .toList();
    }

    private static String roleRule(JsonNode answer) {
        return answer.get("fit").get("breakdown").valueStream()
                .filter(entry -> entry.get("category").asString().equals("ROLE")).findFirst().orElseThrow()
                .get("ruleId").asString();
    }
}
