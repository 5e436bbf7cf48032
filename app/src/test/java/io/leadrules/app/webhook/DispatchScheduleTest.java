package io.leadrules.app.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ApiClient;
import io.leadrules.app.LeadRulesApplication;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The recurring dispatch as it runs in production: {@link DispatchSchedule} on the shared scheduler, with the real
 * clock, in a context of its own (the other webhook tests switch the schedule off and call the dispatcher with an
 * instant of their choosing). No test code calls the dispatcher here: an event a lead's activity causes reaches a
 * receiver on loopback through the recurring task alone.
 */
@SpringBootTest(classes = LeadRulesApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:leadrules-webhook-schedule;DB_CLOSE_DELAY=-1",
                "leadrules.webhooks.schedule-enabled=true", "leadrules.webhooks.dispatch-interval=200ms",
                "leadrules.jobs.polling-interval=200ms"})
class DispatchScheduleTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theRecurringTaskDeliversALeadsEventWithoutAnyoneCallingTheDispatcher() throws Exception {
        ApiClient api = new ApiClient(port);
        try (Receiver receiver = new Receiver()) {
            String webhook = api.expect(201, api.postJson("/api/v1/webhooks", """
                    {"url": "%s", "events": ["lead.stage_changed"], "description": "recurring dispatch"}"""
                    .formatted(receiver.url()))).get("subscription").get("id").asString();
            String tag = UUID.randomUUID().toString().substring(0, 8);
            String lead = api.expect(201, api.postJson("/api/v1/leads", """
                    {"lead": {"externalId": "scheduled-%1$s", "firstName": "Ona", "lastName": "Vidal",
                              "email": "ona.%1$s@acme-schedule.com", "company": "Acme Schedule %1$s",
                              "jobTitle": "Marketing Director", "industry": "SOFTWARE", "companySize": 250,
                              "country": "ES", "consent": {"dataProcessing": true}}}""".formatted(tag)))
                    .get("id").asString();
            HttpResponse<String> posted = api.postJson("/api/v1/leads/" + lead + "/activities",
                    "{\"id\": \"d1\", \"type\": \"DEMO_REQUESTED\", \"occurredAt\": \"" + Instant.now() + "\"}");
            assertThat(posted.statusCode()).as(posted.body()).isBetween(200, 299);

            Instant deadline = Instant.now().plusSeconds(60);
            while (receiver.received.stream().noneMatch(received -> received.body().contains(lead))
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }

            assertThat(receiver.received).as("deliveries the recurring task sent")
                    .anySatisfy(received -> assertThat(received.body()).contains(lead, "lead.stage_changed"));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = :task")
                    .param("task", DispatchSchedule.TASK).query(Long.class).single()).isEqualTo(1);
            JsonNode delivered = api.ok(api.get("/api/v1/webhooks/" + webhook + "/deliveries")).get("items");
            assertThat(delivered).anySatisfy(delivery -> assertThat(delivery.toString()).contains("SUCCEEDED"));
        }
    }
}
