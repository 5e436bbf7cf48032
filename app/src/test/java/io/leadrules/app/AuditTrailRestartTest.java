package io.leadrules.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The chain survives a restart: the service is stopped and started again on the same data directory (database, key
 * and head file as shipped, under {@code leadrules.data-dir}) and goes on chaining to the blocks it sealed before.
 */
class AuditTrailRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void blocksSealedBeforeARestartStillVerifyAndNewOnesChainToThem() throws Exception {
        long blocksBefore;
        try (ConfigurableApplicationContext service = start()) {
            ApiClient api = new ApiClient(port(service));
            createLead(api);
            JsonNode verified = api.ok(api.get("/api/v1/audit/verification"));
            assertThat(verified.get("valid").asBoolean()).as(verified.toString()).isTrue();
            blocksBefore = Files.readAllLines(dataDir.resolve("audit-heads.jsonl")).size();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("audit.key"))))
                .isEqualTo("rw-------");

        try (ConfigurableApplicationContext service = start()) {
            ApiClient api = new ApiClient(port(service));
            createLead(api);
            JsonNode verified = api.ok(api.get("/api/v1/audit/verification"));

            assertThat(verified.get("valid").asBoolean()).as(verified.toString()).isTrue();
            assertThat(Files.readAllLines(dataDir.resolve("audit-heads.jsonl")))
                    .hasSizeGreaterThan((int) blocksBefore);
        }
    }

    private static void createLead(ApiClient api) {
        String tag = UUID.randomUUID().toString();
        String body = """
                {"lead": {"externalId": "crm-%1$s", "email": "%1$s@ex.com", "jobTitle": "CTO",
                "consent": {"dataProcessing": true}}}""".formatted(tag);
        assertThat(api.postJson("/api/v1/leads", body).statusCode()).isEqualTo(201);
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LeadRulesApplication.class)
                .run("--server.port=0", "--leadrules.data-dir=" + dataDir.toAbsolutePath());
    }

    private static int port(ConfigurableApplicationContext service) {
        return ((WebServerApplicationContext) service).getWebServer().getPort();
    }
}
