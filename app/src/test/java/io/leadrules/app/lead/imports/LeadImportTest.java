package io.leadrules.app.lead.imports;

import static io.leadrules.app.lead.imports.ImportFiles.lead;
import static io.leadrules.app.lead.imports.ImportFiles.tag;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ApiClient;
import io.leadrules.app.FullServiceTest;
import io.leadrules.app.jobs.JobState;
import io.leadrules.app.ruleset.ThisInstance;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Storing leads in bulk as a client sees it: progress, refused lines, re-imports, sameness with the single path. */
@FullServiceTest
class LeadImportTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LeadImportStore store;

    @Autowired
    ThisInstance self;

    private ApiClient api;
    private ImportFiles files;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        files = new ImportFiles(api);
    }

    @Test
    void everyLineIsStoredAndTheJobSaysHowManyWereCreated() {
        String tag = tag();
        JsonNode job = files.imported(ImportFiles.leads(tag, 7));

        assertThat(job.get("totalLines").asLong()).isEqualTo(7);
        assertThat(job.get("linesRead").asLong()).isEqualTo(7);
        assertThat(job.get("created").asLong()).isEqualTo(7);
        assertThat(job.get("stored").asLong()).isEqualTo(7);
        assertThat(job.get("rejected").asLong()).isZero();
        assertThat(job.get("createdBy").asString()).isEqualTo("admin");
        assertThat(storedWith(tag)).isEqualTo(7);
    }

    @Test
    void reImportingTheSameFileUpdatesTheSamePeopleInsteadOfDuplicatingThem() {
        String tag = tag();
        String file = ImportFiles.leads(tag, 5);
        files.imported(file);

        JsonNode again = files.imported(file);

        assertThat(again.get("created").asLong()).isZero();
        assertThat(again.get("updated").asLong()).isEqualTo(5);
        assertThat(storedWith(tag)).isEqualTo(5);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM activities a JOIN leads l ON l.id = a.lead_id"
                + " WHERE l.external_id LIKE :tag").param("tag", tag + "-%").query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void refusedLinesAreNamedByLineAndMemberInFileOrderAndNeverStopTheJob() {
        String tag = tag();
        List<String> lines = new ArrayList<>();
        lines.add(lead(tag, 1, "DEMO_REQUESTED"));
        lines.add(lead(tag, 2, "DEMO_REQUESTED").replace("\"firstName\"", "\"shoeSize\": 44, \"firstName\""));
        lines.add("");
        lines.add("{\"lead\": ");
        lines.add(lead(tag, 4, "DEMO_REQUESTED").replace("\"companySize\": ", "\"companySize\": -"));
        lines.add(lead(tag, 1, "DEMO_REQUESTED").replace("\"DEMO_REQUESTED\"", "\"PAGE_VIEW\""));
        lines.add(lead(tag, 6, "DEMO_REQUESTED"));

        JsonNode job = files.imported(ImportFiles.lines(lines));

        assertThat(job.get("linesRead").asLong()).isEqualTo(6);
        assertThat(job.get("created").asLong()).isEqualTo(2);
        assertThat(job.get("rejected").asLong()).isEqualTo(4);
        assertThat(job.get("problems").valueStream().map(p -> p.get("line").asLong()).distinct().toList())
                .containsExactly(2L, 4L, 5L, 6L);
        assertThat(job.get("problems").get(0).get("field").asString()).isEqualTo("lead.shoeSize");
        assertThat(job.get("problems").valueStream().filter(p -> p.get("line").asLong() == 5)
                .map(p -> p.get("field").asString()).toList()).containsExactly("lead.companySize");
        assertThat(job.get("problems").valueStream().filter(p -> p.get("line").asLong() == 6)
                .map(p -> p.get("field").asString()).toList()).contains("activities[0].type");
    }

    @Test
    void aLeadImportedIsStoredExactlyAsTheSameLeadPostedOneAtATime() {
        String posted = tag();
        String imported = tag();
        for (String line : sameness(posted)) {
            api.postJson("/api/v1/leads", line);
        }
        JsonNode job = files.imported(ImportFiles.lines(sameness(imported)));

        assertThat(job.get("rejected").asLong()).isEqualTo(1);
        StoredRows asPosted = new StoredRows(jdbc, posted);
        StoredRows asImported = new StoredRows(jdbc, imported);
        assertThat(asImported.leads()).hasSize(12).isEqualTo(asPosted.leads());
        assertThat(asImported.activities()).hasSize(16).isEqualTo(asPosted.activities());
        assertThat(asImported.decisions()).hasSize(16).isEqualTo(asPosted.decisions());
        assertThat(asImported.auditActions()).isNotEmpty().isEqualTo(asPosted.auditActions());
    }

    @Test
    void aQueuedImportIsCancelledOnceAndTheSecondCancelSaysItHadFinished() {
        String id = LeadImportAttackTest.queued(jdbc);

        JsonNode cancelled = api.ok(api.post("/api/v1/lead-imports/" + id + "/cancel"));

        assertThat(cancelled.get("state").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("message").asString()).isEqualTo("Cancelled by admin.");
        JsonNode again = api.problem(api.post("/api/v1/lead-imports/" + id + "/cancel"), 409,
                "/problems/job-already-finished");
        assertThat(again.get("state").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void theImportsAreListedNewestFirstAPageAtATime() {
        files.imported(ImportFiles.leads(tag(), 1));
        String newest = files.start(ImportFiles.leads(tag(), 1));

        JsonNode page = api.ok(api.get("/api/v1/lead-imports?page=0&size=1"));

        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("items").get(0).get("id").asString()).isEqualTo(newest);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(page.get("size").asInt()).isEqualTo(1);
        files.finished(newest);
    }

    /**
     * Twelve people on fifteen lines: three lines come back for a person already stored (merged, one more activity
     * each), and one repeats a stored activity id with other content (refused by both paths, a 409 when posted).
     */
    private static List<String> sameness(String tag) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            lines.add(lead(tag, i, i % 2 == 0 ? "DEMO_REQUESTED" : "WEBINAR_ATTENDED"));
        }
        lines.add(5, lead(tag, 2, "PAGE_VIEW"));
        lines.add(9, lead(tag, 7, "PRICING_PAGE_VIEWED"));
        lines.add(lead(tag, 3, "CONTENT_DOWNLOADED"));
        lines.add(lead(tag, 3, "CONTENT_DOWNLOADED").replace("\"pricing\"", "\"other\""));
        lines.add(lead(tag, 11, "PAGE_VIEW"));
        return lines;
    }

    private long storedWith(String tag) {
        return jdbc.sql("SELECT COUNT(*) FROM leads WHERE external_id LIKE :tag").param("tag", tag + "-%")
                .query(Long.class).single();
    }

    /**
     * What an instance's startup does to the imports of the others on the database: it fails its own, those of an
     * instance that is no longer live (heartbeat late, or no row) and those with no recorded owner, never those of an
     * instance that is still live and running them.
     */
    @Test
    void theStartupCleanupFailsOnlyImportsNoLiveInstanceRuns() {
        Instant now = Instant.now();
        heartbeat("import-owner-live", now.plusSeconds(300));
        heartbeat("import-owner-late", now.minusSeconds(3600));
        Map<String, UUID> imports = Map.of("live", running("import-owner-live"), "late", running("import-owner-late"),
                "gone", running("import-owner-without-row"), "self", running(self.id()), "unknown", running(null));
        try {
            int failed = store.failUnfinished(now, "Interrupted (test)");

            assertThat(failed).isEqualTo(4);
            assertThat(state(imports.get("live"))).isEqualTo("RUNNING");
            for (String owner : List.of("late", "gone", "self", "unknown")) {
                assertThat(state(imports.get(owner))).as(owner).isEqualTo("FAILED");
            }
        } finally {
            jdbc.sql("DELETE FROM service_instances WHERE instance_id LIKE 'import-owner-%'").update();
            store.end(imports.get("live"), JobState.FAILED, now, "test over");
        }
    }

    private void heartbeat(String instance, Instant at) {
        jdbc.sql("INSERT INTO service_instances (instance_id, host, port, started_at, heartbeat_at, serving_version,"
                        + " ready_versions) VALUES (:id, 'elsewhere', 8080, :at, :at, 1, '')")
                .param("id", instance).param("at", Timestamp.from(at)).update();
    }

    private UUID running(String owner) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO lead_imports (id, state, total_lines, lines_read, created, updated, rejected, problems,"
                        + " created_at, created_by, owner_instance) VALUES (:id, 'RUNNING', 10, 1, 1, 0, 0, '[]', :at,"
                        + " 'admin', :owner)")
                .param("id", id).param("at", Timestamp.from(Instant.now())).param("owner", owner).update();
        return id;
    }

    private String state(UUID id) {
        return jdbc.sql("SELECT state FROM lead_imports WHERE id = :id").param("id", id).query(String.class).single();
    }
}
