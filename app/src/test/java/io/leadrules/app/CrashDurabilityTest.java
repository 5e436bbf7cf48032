package io.leadrules.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import tools.jackson.databind.JsonNode;

/**
 * A write the service answered with 2xx survives {@code kill -9}. The real service runs as its own process on the
 * embedded H2 default; clients post activities concurrently; the process is killed while they post, started again on
 * the same files, and every activity it had acknowledged must be there. Before {@code WRITE_DELAY=0}, H2 kept the
 * last half second of commits in memory: 44 of 1,082 acknowledged activities were lost this way.
 */
@DisabledIfSystemProperty(named = TestDatabase.URL_PROPERTY, matches = ".+", disabledReason = "H2 by nature: kills the"
        + " service to prove H2's write delay is off; PostgreSQL commits durably, and its crash recovery is its own")
class CrashDurabilityTest {

    private static final int LEADS = 4;
    private static final int CLIENTS_PER_LEAD = 2;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 300;

    @TempDir
    Path work;

    @Test
    void everyAcknowledgedActivitySurvivesKillDashNine() throws Exception {
        Path data = work.resolve("data");
        Path log = work.resolve("service.log");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        List<String> leads = new ArrayList<>();
        try (ServiceProcess service = ServiceProcess.start(data, log)) {
            ApiClient api = new ApiClient(service.port());
            for (int i = 0; i < LEADS; i++) {
                leads.add(createLead(api, i));
            }
            postUntilKilled(service, api, leads, acknowledged);
        }
        assertThat(acknowledged).as("activities acknowledged before the kill").hasSizeGreaterThanOrEqualTo(
                ACKNOWLEDGED_BEFORE_KILL);

        try (ServiceProcess restarted = ServiceProcess.start(data, log)) {
            ApiClient api = new ApiClient(restarted.port());
            Set<String> stored = new HashSet<>();
            leads.forEach(lead -> stored.addAll(activityIds(api, lead)));
            assertThat(stored).as("every activity answered 200 is stored after kill -9 and a restart")
                    .containsAll(acknowledged);
        }
    }

    private static void postUntilKilled(ServiceProcess service, ApiClient api, List<String> leads,
                                        Set<String> acknowledged) throws InterruptedException {
        AtomicInteger sequence = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(LEADS * CLIENTS_PER_LEAD);
        for (int c = 0; c < LEADS * CLIENTS_PER_LEAD; c++) {
            String lead = leads.get(c % LEADS);
            clients.submit(() -> postActivities(api, lead, sequence, acknowledged));
        }
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL) {
            assertThat(Instant.now()).as("%s acknowledged by now", acknowledged.size()).isBefore(deadline);
            Thread.sleep(20);
        }
        service.killHard();
        clients.shutdown();
        assertThat(clients.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }

    /** Posts one activity after another until the service stops answering; keeps the ids answered 200. */
    private static void postActivities(ApiClient api, String lead, AtomicInteger sequence, Set<String> acknowledged) {
        while (true) {
            String id = "crash-" + sequence.incrementAndGet();
            HttpResponse<String> answer;
            try {
                answer = api.postJson("/api/v1/leads/" + lead + "/activities", """
                        {"id": "%s", "type": "PAGE_VIEW", "occurredAt": "2026-11-20T10:00:00Z"}""".formatted(id));
            } catch (UncheckedIOException e) {
                return;
            }
            if (answer.statusCode() == 200 && api.tree(answer.body()).get("accepted").toString().contains(id)) {
                acknowledged.add(id);
            }
        }
    }

    private static String createLead(ApiClient api, int number) {
        HttpResponse<String> created = api.postJson("/api/v1/leads", """
                {"lead": {"externalId": "crash-%d", "email": "crash-%d@acme-soft.com", "company": "Acme Soft",
                          "consent": {"dataProcessing": true}}}""".formatted(number, number));
        return api.expect(201, created).get("id").asString();
    }

    private static List<String> activityIds(ApiClient api, String lead) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = api.ok(api.get("/api/v1/leads/" + lead + "/activities?size=200&page=" + page));
            answer.get("items").forEach(item -> ids.add(item.get("id").asString()));
            if ((long) (page + 1) * 200 >= answer.get("total").asLong()) {
                return ids;
            }
        }
    }
}
