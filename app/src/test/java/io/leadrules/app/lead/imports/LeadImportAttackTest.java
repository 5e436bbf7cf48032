package io.leadrules.app.lead.imports;

import static io.leadrules.app.lead.imports.ImportFiles.tag;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ApiClient;
import io.leadrules.app.FullServiceTest;
import io.leadrules.app.jobs.LocalJobLane;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** What a hostile or careless import meets: each refused before a job is queued, or line by line, never a 500. */
@FullServiceTest
class LeadImportAttackTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LeadImportFiles files;

    @Autowired
    LeadImportSettings settings;

    @Autowired
    @Qualifier(LeadImportLane.NAME)
    LocalJobLane lane;

    private ApiClient api;
    private ImportFiles imports;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        imports = new ImportFiles(api);
    }

    @Test
    void aLineOf50MegabytesIsRefusedAsTooLongAndNoJobIsQueued() {
        long before = jobs();
        byte[] body = new byte[50 * 1024 * 1024];
        Arrays.fill(body, (byte) 'x');
        byte[] first = (ImportFiles.lead(tag(), 1, "DEMO_REQUESTED") + "\n").getBytes(StandardCharsets.UTF_8);
        System.arraycopy(first, 0, body, 0, first.length);

        JsonNode problem = api.problem(api.postAs(ImportFiles.START, body, ImportFiles.NDJSON,
                io.leadrules.app.TestCredentials.ADMIN_AUTHORIZATION), 413, "/problems/lead-import-line-too-long");

        assertThat(problem.get("title").asString()).isEqualTo(LeadImportProblem.LINE_TOO_LONG.title());
        assertThat(problem.get("line").asLong()).isEqualTo(2);
        assertThat(jobs()).isEqualTo(before);
        assertThat(leftFiles()).isZero();
    }

    @Test
    void oneLinePastTheMostAllowedRefusesTheWholeUpload() {
        long before = jobs();
        String blank = "\n".repeat(settings.maxLines() + 1);

        JsonNode problem = api.problem(imports.post(blank), 413, "/problems/lead-import-too-many-lines");

        assertThat(problem.get("title").asString()).isEqualTo(LeadImportProblem.TOO_MANY_LINES.title());
        assertThat(problem.get("maxLines").asLong()).isEqualTo(settings.maxLines().longValue());
        assertThat(jobs()).isEqualTo(before);
    }

    @Test
    void aKeyThatMayScoreButNotStoreIsRefusedBeforeTheBodyIsRead() {
        long before = jobs();
        String key = api.expect(201, api.postJson("/api/v1/api-keys",
                "{\"user\": \"admin\", \"roles\": [\"RULE_EDITOR\"], \"label\": \"editor\"}")).get("key").asString();

        HttpResponse<String> refused = api.postAs(ImportFiles.START, ImportFiles.leads(tag(), 2)
                .getBytes(StandardCharsets.UTF_8), ImportFiles.NDJSON, "Bearer " + key);

        JsonNode problem = api.problem(refused, 403, "/problems/lead-import-not-allowed");
        assertThat(problem.get("title").asString()).isEqualTo(LeadImportProblem.STORING_NOT_ALLOWED.title());
        assertThat(problem.get("requiredRole").asString()).isEqualTo("SCORER");
        assertThat(jobs()).isEqualTo(before);
    }

    @Test
    void anUnknownOrMalformedImportIdIsTheImportsOwn404() {
        JsonNode unknown = api.problem(api.get("/api/v1/lead-imports/" + UUID.randomUUID()), 404,
                "/problems/lead-import-not-found");
        assertThat(unknown.get("title").asString()).isEqualTo(LeadImportProblem.IMPORT_NOT_FOUND.title());
        api.problem(api.post("/api/v1/lead-imports/not-an-id/cancel"), 404, "/problems/lead-import-not-found");
        api.problem(api.get("/api/v1/lead-imports?size=1000"), 400, "/problems/invalid-query");
    }

    @Test
    void anImportOfAnotherMediaTypeIsRefusedNotStored() {
        api.problem(api.postAs(ImportFiles.START, "a,b\n".getBytes(StandardCharsets.UTF_8), "text/plain",
                io.leadrules.app.TestCredentials.ADMIN_AUTHORIZATION), 415, "/problems/unsupported-media-type");
    }

    @Test
    void anImportAStoppedServiceLeftUnfinishedIsFailedAndItsFileDeletedAtTheNextStart() throws IOException {
        String id = queued(jdbc);
        Path left = settings.fileDir().resolve(id + ".ndjson");
        Files.createDirectories(settings.fileDir());
        Files.writeString(left, ImportFiles.leads(tag(), 1));

        files.afterSingletonsInstantiated();
        lane.afterSingletonsInstantiated();

        JsonNode job = api.ok(api.get("/api/v1/lead-imports/" + id));
        assertThat(job.get("state").asString()).isEqualTo("FAILED");
        assertThat(job.get("message").asString()).startsWith("Interrupted: the service stopped");
        assertThat(left).doesNotExist();
    }

    @Test
    void aCsvUploadAStoppedServiceLeftIsDeletedAtTheNextStartAsAnNdjsonOneIs() throws IOException {
        Path left = settings.fileDir().resolve(UUID.randomUUID() + ".csv");
        Files.createDirectories(settings.fileDir());
        Files.writeString(left, "externalId,email\ncrm-1,ana@example.com\n");

        files.afterSingletonsInstantiated();

        assertThat(left).doesNotExist();
    }

    /** A job row as a stopped service leaves it, QUEUED: nothing will run it. */
    static String queued(JdbcClient jdbc) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO lead_imports (id, state, total_lines, lines_read, created, updated, rejected, problems,"
                        + " created_at, created_by) VALUES (:id, 'QUEUED', 1, 0, 0, 0, 0, '[]', :at, 'admin')")
                .param("id", id).param("at", Timestamp.from(Instant.now())).update();
        return id.toString();
    }

    private long jobs() {
        return jdbc.sql("SELECT COUNT(*) FROM lead_imports").query(Long.class).single();
    }

    private long leftFiles() {
        try (var listed = Files.list(settings.fileDir())) {
            return listed.count();
        } catch (IOException e) {
            return 0;
        }
    }
}
