package io.leadrules.app.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.LeadRulesApplication;
import io.leadrules.app.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

/**
 * What the service stored before issue 9 (commit 0bd8b67: no attributes, no activity values, no model tables) still
 * means the same with today's code. Today's service starts on a copy of a database that commit made through its HTTP
 * API (src/test/resources/compatibility: README.md says how, make-fixture.sh did it): Flyway migrates it forward, every
 * decision stored in it replays identically with the rule version it was made with, every stored version compiles
 * and passes its scenarios again (version 3 holds a developer's Drools table named Fit, a model kind's name since),
 * and the leads and activities read back with the members issue 9 added left empty.
 * The context is closed after the class ({@code @DirtiesContext}): no other test should find it, or its file, open.
 */
@DisabledIfSystemProperty(named = TestDatabase.URL_PROPERTY, matches = ".+", disabledReason = "H2 by nature: the"
        + " fixture is an H2 database an earlier version wrote; no PostgreSQL database of that version ever existed")
@SpringBootTest(classes = LeadRulesApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class StoredBeforeIssue9Test {

    /** What the fixture holds (make-fixture.sh prints it): a test that finds less would replay too little. */
    private static final int FIXTURE_DECISIONS = 21;
    private static final Map<String, Long> FIXTURE_DECISIONS_BY_VERSION = Map.of("1", 10L, "2", 9L, "3", 2L);
    private static final int FIXTURE_LEADS = 10;

    private static final Path DATA = copyOfTheFixture();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate database;

    private RuleVersionApi api;

    @DynamicPropertySource
    static void onTheCopy(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> "jdbc:h2:file:" + DATA.resolve("leadrules") + ";WRITE_DELAY=0");
    }

    @BeforeEach
    void client() {
        api = new RuleVersionApi(port);
    }

    @Test
    void theDatabaseOfBeforeIssue9IsMigratedForward() {
        List<String> migrations = database.queryForList(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL "
                        + "ORDER BY \"installed_rank\"",
                String.class);

        assertThat(migrations).startsWith("1", "2", "3", "4").contains("5");
        assertThat(database.queryForObject("SELECT COUNT(*) FROM leads", Integer.class)).isEqualTo(FIXTURE_LEADS);
    }

    @Test
    void everyDecisionStoredBeforeIssue9ReplaysIdenticallyWithItsOwnRuleVersion() {
        List<UUID> decisions = database.queryForList("SELECT id FROM decisions ORDER BY decided_at, id", UUID.class);
        assertThat(decisions).as("decisions in the fixture").hasSize(FIXTURE_DECISIONS);

        List<JsonNode> replays = decisions.stream()
                .map(id -> api.post("/api/v1/decisions/" + id + "/replay").json(200)).toList();

        assertThat(replays).filteredOn(replay -> !replay.get("identical").asBoolean()).isEmpty();
        assertThat(replays.stream().collect(Collectors.groupingBy(r -> r.get("rulesetVersion").asString(),
                Collectors.counting()))).isEqualTo(FIXTURE_DECISIONS_BY_VERSION);
    }

    @Test
    void everyRuleVersionStoredBeforeIssue9CompilesAndPassesItsScenariosAgain() {
        try (var restore = api.activeVersionRestoredAfterwards()) {
            List<String> versions = api.versionIds();
            assertThat(versions).containsExactly("3", "2", "1");
            for (String version : versions) {
                assertThat(api.activate(version).get("id").asString()).isEqualTo(version);
                assertThat(api.get("/api/v1/rulesets/" + version + "/rules").json(200).get("rules")).isNotEmpty();
                JsonNode tested = api.post("/api/v1/rulesets/" + version + "/test").json(200);
                assertThat(tested.get("passed").asBoolean()).as(tested.toString()).isTrue();
            }
        }
    }

    @Test
    void aLeadStoredBeforeIssue9ReadsBackWithoutAttributesAndItsActivitiesWithoutValues() {
        UUID lead = database.queryForObject("SELECT id FROM leads WHERE external_id = 'crm-42'", UUID.class);

        JsonNode stored = api.get("/api/v1/leads/" + lead).json(200);
        JsonNode activities = api.get("/api/v1/leads/" + lead + "/activities").json(200).get("items");

        assertThat(stored.get("email").asString()).isEqualTo("ana@acme-soft.com");
        assertThat(stored.path("attributes").isObject()).as(stored.toString()).isTrue();
        assertThat(stored.get("attributes").isEmpty()).as(stored.toString()).isTrue();
        assertThat(activities.valueStream().map(activity -> activity.get("id").asString()))
                .containsExactly("sql-1", "sql-2", "sql-3", "sql-4");
        assertThat(activities).allSatisfy(activity -> {
            assertThat(activity.path("value").isNull()).as(activity.toString()).isTrue();
            assertThat(activity.path("properties").isObject()).as(activity.toString()).isTrue();
            assertThat(activity.get("properties").isEmpty()).as(activity.toString()).isTrue();
        });
    }

    /**
     * The fixture's SQL loaded into a new H2 file in a directory of this test's own under the build directory
     * ({@code target/}, which a clean removes): the file in the repository is never written.
     */
    private static Path copyOfTheFixture() {
        try (InputStream fixture = StoredBeforeIssue9Test.class
                .getResourceAsStream("/compatibility/leadrules-0bd8b67.sql")) {
            assertThat(fixture).as("the fixture database script").isNotNull();
            Path build = Files.createDirectories(Path.of("target").toAbsolutePath());
            Path directory = Files.createTempDirectory(build, "stored-before-issue9");
            Path script = directory.resolve("fixture.sql");
            Files.copy(fixture, script);
            try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + directory.resolve("leadrules"),
                    "sa", ""); Statement statement = connection.createStatement()) {
                statement.execute("RUNSCRIPT FROM '" + script + "'");
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("the fixture database script does not load", e);
        }
    }
}
