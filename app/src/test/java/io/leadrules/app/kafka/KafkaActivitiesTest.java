package io.leadrules.app.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ApiClient;
import io.leadrules.app.LeadRulesApplication;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The kafka profile against a real (embedded, KRaft) broker in the full service: 10,000 activity events over 200
 * leads, with a tenth of them sent again and every lead's events shuffled (the order a producer's retries or a
 * replay can give), are each stored once, and every lead's current decision saw all of its activities; refused
 * events are on the dead-letter topic with their reason; decisions that changed a stage are on the stage-change
 * topic, the very events the webhook outbox holds. Nothing is timed: each wait polls until a deadline.
 */
@SpringBootTest(classes = LeadRulesApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:leadrules-kafka;DB_CLOSE_DELAY=-1",
                "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
                "leadrules.kafka.topic=test.activities", "leadrules.kafka.stage-changes-topic=test.stage-changes",
                "leadrules.kafka.partitions=3", "leadrules.kafka.concurrency=3",
                "leadrules.kafka.publish-interval=200ms"})
@ActiveProfiles("kafka")
@EmbeddedKafka(partitions = 3)
class KafkaActivitiesTest {

    private static final int LEADS = 200;
    private static final int ACTIVITIES = 10_000;
    private static final int REPEATS = 1_000;
    private static final String[] TYPES = {"PAGE_VIEW", "EMAIL_OPEN", "EMAIL_CLICK", "PRICING_PAGE_VIEW",
            "WEBINAR_ATTENDED", "CONTENT_DOWNLOAD", "DEMO_REQUESTED"};
    private static final Duration DEADLINE = Duration.ofMinutes(3);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;
    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void everyActivityIsStoredOnceEveryLeadIsScoredOnAllOfItsActivitiesAndBadEventsAreDeadLettered() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Lead> leads = storeLeads(run, LEADS);
        Map<Lead, List<String>> events = events(run, leads);
        Map<String, byte[]> bad = badEvents(storeLeads(run + "-bad", 1).get(0));

        send(interleaved(events));
        bad.forEach((key, value) -> kafka.send("test.activities", key, value));
        kafka.flush();

        waitUntil("all activities stored", () -> stored(run) == ACTIVITIES);
        waitUntil("every lead decided on all of its activities", () -> leads.stream().allMatch(this::decidedOnAll));
        assertThat(stored(run)).isEqualTo(ACTIVITIES);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT activity_id) FROM activities WHERE activity_id LIKE :run")
                .param("run", run + "-%").query(Long.class).single()).isEqualTo(ACTIVITIES);
        for (Lead lead : leads) {
            assertThat(activityIds(lead)).as("lead %s", lead.id()).hasSize(lead.activityCount());
        }

        Map<String, ConsumerRecord<String, byte[]>> deadLetters = deadLetters(bad.size());
        assertThat(deadLetters).containsOnlyKeys(bad.keySet());
        assertReason(deadLetters.get("malformed"), "/problems/malformed-json", "");
        assertReason(deadLetters.get("unknown-member"), "/problems/unknown-member", "colour");
        assertReason(deadLetters.get("no-lead"), "/problems/invalid-lead", "leadId");
        assertReason(deadLetters.get("both-leads"), "/problems/invalid-lead", "externalId");
        assertReason(deadLetters.get("too-long"), "/problems/invalid-lead", "activity.id");
        assertReason(deadLetters.get("unknown-lead"), "/problems/lead-not-found", "");
        assertReason(deadLetters.get("unknown-external-id"), "/problems/lead-not-found", "");
        assertReason(deadLetters.get("conflict"), "/problems/activity-conflict", "activity.type");
        assertThat(new String(deadLetters.get("too-long").value(), StandardCharsets.UTF_8))
                .as("the original event, unchanged").isEqualTo(new String(bad.get("too-long"), StandardCharsets.UTF_8));

        assertThat(counter("stored")).as("the activities, and the one the conflict's id was first taken by")
                .isEqualTo(ACTIVITIES + 1);
        assertThat(counter("duplicate")).as("repeats (an id repeated within one page counts once)").isPositive();
        assertThat(meters.find(ActivityMetrics.CONSUMED).counter().count()).as("every event sent, redeliveries too")
                .isGreaterThanOrEqualTo(ACTIVITIES + REPEATS + bad.size() + 1);
        assertThat(meters.find(ActivityMetrics.EVENTS).tag("outcome", "dead-lettered").counters().stream()
                .mapToDouble(c -> c.count()).sum()).isEqualTo(bad.size());
        assertThat(meters.find("kafka.consumer.fetch.manager.records.lag.max").meters())
                .as("the consumer's lag, from Kafka's client metrics").isNotEmpty();

        stageChangesArePublishedOnceEachAsTheOutboxHoldsThem(leads);
    }

    private void stageChangesArePublishedOnceEachAsTheOutboxHoldsThem(List<Lead> leads) {
        waitUntil("every stage change published", () -> jdbc.sql("SELECT COUNT(*) FROM outbox_stream"
                + " WHERE published_at IS NULL").query(Long.class).single() == 0);
        Map<UUID, String> outbox = new HashMap<>();
        jdbc.sql("SELECT e.id, e.payload FROM outbox_stream s JOIN webhook_events e ON e.id = s.event_id")
                .query(rs -> {
                    outbox.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        List<ConsumerRecord<String, byte[]>> published = readAll("test.stage-changes", outbox.size());
        assertThat(published).hasSize(outbox.size()).isNotEmpty();
        Map<String, String> lastStage = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : published) {
            UUID eventId = UUID.fromString(header(record, StageChangePublisher.EVENT_ID));
            String payload = new String(record.value(), StandardCharsets.UTF_8);
            assertThat(payload).as("the outbox's own event").isEqualTo(outbox.get(eventId));
            JsonNode data = JSON.readTree(payload).get("data");
            assertThat(JSON.readTree(payload).get("type").asString()).isEqualTo("lead.stage_changed");
            assertThat(record.key()).isEqualTo(data.get("leadId").asString());
            lastStage.put(record.key(), data.get("after").asString());
        }
        for (Lead lead : leads) {
            String stage = jdbc.sql("SELECT d.stage FROM decisions d JOIN leads l ON l.current_decision_id = d.id"
                    + " WHERE l.id = :id").param("id", lead.id()).query(String.class).single();
            assertThat(lastStage.get(lead.id().toString())).as("the last change published is the lead's stage")
                    .isEqualTo(stage);
        }
    }

    /** A lead, named in its events by id or by externalId, and how many distinct activities it was sent. */
    private record Lead(UUID id, String externalId, boolean byExternalId, int[] count) {

        String key() {
            return byExternalId ? externalId : id.toString();
        }

        int activityCount() {
            return count[0];
        }
    }

    private List<Lead> storeLeads(String run, int count) {
        ApiClient api = new ApiClient(port);
        List<Lead> leads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String externalId = "kafka-" + run + "-" + i;
            JsonNode stored = api.expect(201, api.postJson("/api/v1/leads", """
                    {"lead": {"externalId": "%1$s", "firstName": "Ana", "lastName": "Kafka", "email": "%1$s@acme-soft.com",
                    "company": "Acme Soft %1$s", "jobTitle": "Marketing Director", "industry": "SOFTWARE",
                    "companySize": 250, "country": "ES", "source": "ORGANIC_SEARCH",
                    "consent": {"dataProcessing": true, "profilingObjection": false, "policyVersion": "2026-01"}}}"""
                    .formatted(externalId)));
            leads.add(new Lead(UUID.fromString(stored.get("id").asString()), externalId, i % 2 == 1, new int[1]));
        }
        return leads;
    }

    /** Each lead's events, distinct activities and repeats of some of them, shuffled within the lead. */
    private static Map<Lead, List<String>> events(String run, List<Lead> leads) {
        Random random = new Random(15);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<Lead, List<String>> events = new LinkedHashMap<>();
        List<String> all = new ArrayList<>();
        List<Lead> owners = new ArrayList<>();
        for (int i = 0; i < ACTIVITIES; i++) {
            Lead lead = leads.get(random.nextInt(leads.size()));
            lead.count()[0]++;
            String event = event(lead, run + "-" + i, TYPES[random.nextInt(TYPES.length)],
                    now.minus(random.nextInt(60 * 24 * 30), ChronoUnit.MINUTES));
            events.computeIfAbsent(lead, l -> new ArrayList<>()).add(event);
            all.add(event);
            owners.add(lead);
        }
        for (int i = 0; i < REPEATS; i++) {
            int repeated = random.nextInt(all.size());
            events.get(owners.get(repeated)).add(all.get(repeated));
        }
        events.values().forEach(list -> Collections.shuffle(list, random));
        return events;
    }

    private static String event(Lead lead, String id, String type, Instant occurredAt) {
        String reference = lead.byExternalId() ? "\"externalId\": \"" + lead.externalId() + "\""
                : "\"leadId\": \"" + lead.id() + "\"";
        return "{" + reference + ", \"activity\": {\"id\": \"" + id + "\", \"type\": \"" + type
                + "\", \"occurredAt\": \"" + occurredAt + "\"}}";
    }

    /** The leads' events merged at random, each lead's in its own (shuffled) order, keyed by the lead. */
    private static List<ProducerRecord<String, byte[]>> interleaved(Map<Lead, List<String>> events) {
        Random random = new Random(16);
        List<Lead> pending = new ArrayList<>(events.keySet());
        Map<Lead, Integer> next = new HashMap<>();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        while (!pending.isEmpty()) {
            int pick = random.nextInt(pending.size());
            Lead lead = pending.get(pick);
            int index = next.merge(lead, 1, Integer::sum) - 1;
            records.add(new ProducerRecord<>("test.activities", lead.key(),
                    events.get(lead).get(index).getBytes(StandardCharsets.UTF_8)));
            if (index + 1 == events.get(lead).size()) {
                pending.remove(pick);
            }
        }
        return records;
    }

    private Map<String, byte[]> badEvents(Lead lead) {
        String activity = "{\"id\": \"bad-1\", \"type\": \"PAGE_VIEW\", \"occurredAt\": \"2026-11-22T10:00:00Z\"}";
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("malformed", "{\"leadId\": \"" + lead.id() + "\", \"activity\": {");
        bad.put("unknown-member", "{\"leadId\": \"" + lead.id() + "\", \"activity\": " + activity
                + ", \"colour\": \"red\"}");
        bad.put("no-lead", "{\"activity\": " + activity + "}");
        bad.put("both-leads", "{\"leadId\": \"" + lead.id() + "\", \"externalId\": \"" + lead.externalId()
                + "\", \"activity\": " + activity + "}");
        bad.put("too-long", "{\"leadId\": \"" + lead.id() + "\", \"activity\": {\"id\": \"" + "x".repeat(300)
                + "\", \"type\": \"PAGE_VIEW\", \"occurredAt\": \"2026-11-22T10:00:00Z\"}}");
        bad.put("unknown-lead", "{\"leadId\": \"" + UUID.randomUUID() + "\", \"activity\": " + activity + "}");
        bad.put("unknown-external-id", "{\"externalId\": \"nobody-" + UUID.randomUUID() + "\", \"activity\": "
                + activity + "}");
        // an id the lead already has (sent first, below), with another type: a conflict, as the HTTP post's 409
        kafka.send("test.activities", lead.key(), ("{\"leadId\": \"" + lead.id() + "\", \"activity\": {\"id\": "
                + "\"taken-1\", \"type\": \"PAGE_VIEW\", \"occurredAt\": \"2026-11-22T10:00:00Z\"}}")
                .getBytes(StandardCharsets.UTF_8));
        bad.put("conflict", "{\"leadId\": \"" + lead.id() + "\", \"activity\": {\"id\": \"taken-1\", \"type\": "
                + "\"EMAIL_OPEN\", \"occurredAt\": \"2026-11-22T10:00:00Z\"}}");
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        bad.forEach((key, value) -> bytes.put(key, value.getBytes(StandardCharsets.UTF_8)));
        return bytes;
    }

    private void send(List<ProducerRecord<String, byte[]>> records) {
        records.forEach(kafka::send);
    }

    private long stored(String run) {
        return jdbc.sql("SELECT COUNT(*) FROM activities WHERE activity_id LIKE :run").param("run", run + "-%")
                .query(Long.class).single();
    }

    private List<String> activityIds(Lead lead) {
        return jdbc.sql("SELECT activity_id FROM activities WHERE lead_id = :id").param("id", lead.id())
                .query(String.class).list();
    }

    /** Whether the lead's current decision saw every activity the lead has. */
    private boolean decidedOnAll(Lead lead) {
        List<String> snapshots = jdbc.sql("SELECT d.input_snapshot FROM decisions d JOIN leads l"
                + " ON l.current_decision_id = d.id WHERE l.id = :id").param("id", lead.id()).query(String.class).list();
        if (snapshots.isEmpty()) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        JSON.readTree(snapshots.get(0)).get("activities").forEach(a -> seen.add(a.get("id").asString()));
        return seen.size() == lead.activityCount() && seen.containsAll(activityIds(lead));
    }

    private Map<String, ConsumerRecord<String, byte[]>> deadLetters(int expected) {
        Map<String, ConsumerRecord<String, byte[]>> byKey = new HashMap<>();
        readAll("test.activities.DLT", expected).forEach(record -> byKey.put(record.key(), record));
        return byKey;
    }

    private List<ConsumerRecord<String, byte[]>> readAll(String topic, int expected) {
        Map<String, Object> properties = KafkaTestUtils.consumerProps(broker, "test-" + UUID.randomUUID(), false);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(properties,
                new StringDeserializer(), new ByteArrayDeserializer()).createConsumer()) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(DEADLINE);
            while (records.size() < expected && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            // and nothing more than expected arrives
            consumer.poll(Duration.ofSeconds(2)).forEach(records::add);
        }
        return records;
    }

    private static void assertReason(ConsumerRecord<String, byte[]> record, String type, String field) {
        assertThat(record).as("dead letter").isNotNull();
        assertThat(header(record, "leadrules-problem-type")).isEqualTo(type);
        assertThat(header(record, "leadrules-problem-field")).isEqualTo(field);
        assertThat(header(record, "leadrules-problem-message")).isNotBlank();
        JsonNode problem = JSON.readTree(header(record, "leadrules-problem"));
        assertThat(problem.get("type").asString()).isEqualTo(type);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(header(record, "kafka_dlt-original-topic")).isEqualTo("test.activities");
        assertThat(header(record, "kafka_dlt-exception-stacktrace")).isNull();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private double counter(String outcome) {
        return meters.find(ActivityMetrics.EVENTS).tag("outcome", outcome).counter().count();
    }

    private static void waitUntil(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited too long until " + what).isBefore(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
