package io.leadrules.app.lead;

import static io.leadrules.app.lead.TestLeads.ana;
import static io.leadrules.app.lead.TestLeads.demoTwoDaysAgo;
import static io.leadrules.app.lead.TestLeads.tag;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.LeadRulesApplication;
import io.leadrules.app.TestDatabase;
import io.leadrules.app.lead.Api.Answer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The embedded default as shipped: H2 in a file under {@code leadrules.data-dir}. The service is stopped and
 * started again on the same directory, and finds its lead, activities and decision where it left them.
 */
class StoredLeadsSurviveRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void aLeadStoredBeforeARestartIsFoundAfterIt() {
        String tag = tag();
        String id;
        JsonNode before;
        try (ConfigurableApplicationContext service = start()) {
            Api api = new Api(port(service));
            id = api.store(ana(tag, "[" + demoTwoDaysAgo("e1") + "]"));
            before = api.get("/api/v1/leads/" + id).json();
        }
        // H2's file on the embedded default; none with the tests on PostgreSQL (io.leadrules.app.TestDatabase)
        assertThat(Files.exists(dataDir.resolve("leadrules.mv.db"))).isEqualTo(!TestDatabase.onPostgres());

        try (ConfigurableApplicationContext service = start()) {
            Api api = new Api(port(service));
            Answer after = api.get("/api/v1/leads/" + id);

            assertThat(after.status()).isEqualTo(200);
            assertThat(after.json()).isEqualTo(before);
            assertThat(api.get("/api/v1/leads/" + id + "/activities").json().get("items").get(0).get("id").asString())
                    .isEqualTo("e1");
            assertThat(api.get("/api/v1/leads?q=" + tag).json().get("items").get(0).get("id").asString())
                    .isEqualTo(id);
            assertThat(api.post("/api/v1/leads", ana(tag, null)).json().get("merged").asBoolean()).isTrue();
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LeadRulesApplication.class)
                .run("--server.port=0", "--leadrules.data-dir=" + dataDir.toAbsolutePath());
    }

    private static int port(ConfigurableApplicationContext service) {
        return ((WebServerApplicationContext) service).getWebServer().getPort();
    }
}
