package io.leadrules.bench;

import io.leadrules.app.LeadRulesApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import tools.jackson.databind.json.JsonMapper;

/**
 * Activities from Kafka at volume (docs/performance.md, "Activities from Kafka"): an embedded KRaft broker (one
 * node, 6 partitions) and the real service in this process with the kafka profile on an H2 file database, durable as
 * it runs. N leads are stored over HTTP; with the consumer stopped, E activity events (a tenth of them sent twice,
 * each lead's events shuffled, keyed by lead) are produced; then the consumer starts and the clock runs until the
 * consumer group's lag is 0 and every activity is stored. Prints events a second, the drain time, and the lag as it
 * falls.
 */
public final class KafkaActivitiesBench {

    private static final String KEY = "lr_bench-admin-key-0123456789abcdefghijklmnopq";
    private static final String TOPIC = "bench.activities";
    private static final String[] TYPES = {"PAGE_VIEW", "EMAIL_OPEN", "EMAIL_CLICK", "PRICING_PAGE_VIEW",
            "WEBINAR_ATTENDED", "CONTENT_DOWNLOAD", "DEMO_REQUESTED"};

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int leads = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Path dir = Files.createTempDirectory("leadrules-kafka-bench");
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 6, TOPIC, TOPIC + ".DLT");
        broker.afterPropertiesSet();
        try (ConfigurableApplicationContext service = start(dir, broker.getBrokersAsString(), concurrency)) {
            MessageListenerContainer consumer = service.getBean(KafkaListenerEndpointRegistry.class)
                    .getListenerContainer("leadrules-activities");
            consumer.stop();
            int port = ((WebServerApplicationContext) service).getWebServer().getPort();
            long started = System.nanoTime();
            List<String> leadIds = storeLeads(port, leads);
            System.out.printf("%d leads stored over HTTP in %.1f s%n", leads, seconds(started));
            int distinct = produce(broker.getBrokersAsString(), leadIds, events);
            JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
            long before = count(jdbc);
            System.out.printf("%d events produced (%d distinct activities); consumer starts: %s%n", events, distinct,
                    Instant.now());
            long start = System.nanoTime();
            consumer.start();
            drain(broker.getBrokersAsString(), jdbc, before + distinct, start, events);
        } finally {
            broker.destroy();
        }
    }

    private static void drain(String brokers, JdbcTemplate jdbc, long expected, long start, int events)
            throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers))) {
            long lag;
            long stored;
            int tick = 0;
            do {
                Thread.sleep(1000);
                lag = lag(admin);
                stored = count(jdbc);
                if (++tick % 10 == 0) {
                    System.out.printf("  %5.0f s: lag %d, activities stored %d%n", seconds(start), lag, stored);
                }
            } while (lag > 0 || stored < expected);
            double drained = seconds(start);
            System.out.printf("lag drained and every activity stored in %.1f s: %.0f events/s (%d stored, "
                    + "duplicates included in the events)%n", drained, events / drained, stored);
        }
    }

    private static long lag(Admin admin) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("leadrules")
                .partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int p = 0; p < 6; p++) {
            latest.put(new TopicPartition(TOPIC, p), OffsetSpec.latest());
        }
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
        long lag = 0;
        for (var end : ends.entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            lag += end.getValue().offset() - (done == null ? 0 : done.offset());
        }
        return lag;
    }

    private static long count(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM activities WHERE activity_id LIKE 'kb-%'", Long.class);
    }

    /** The events, shuffled within each lead and interleaved; answers how many distinct activities were sent. */
    private static int produce(String brokers, List<String> leadIds, int events) throws Exception {
        Random random = new Random(41);
        String run = UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, List<String>> byLead = new HashMap<>();
        List<String> sent = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        int distinct = events - events / 11;
        for (int i = 0; i < distinct; i++) {
            String lead = leadIds.get(random.nextInt(leadIds.size()));
            String event = "{\"leadId\": \"" + lead + "\", \"activity\": {\"id\": \"kb-" + run + "-" + i
                    + "\", \"type\": \"" + TYPES[random.nextInt(TYPES.length)] + "\", \"occurredAt\": \""
                    + now.minus(random.nextInt(60 * 24 * 90), ChronoUnit.MINUTES) + "\"}}";
            byLead.computeIfAbsent(lead, l -> new ArrayList<>()).add(event);
            sent.add(event);
            owners.add(lead);
        }
        for (int i = distinct; i < events; i++) {
            int again = random.nextInt(sent.size());
            byLead.get(owners.get(again)).add(sent.get(again));
        }
        byLead.values().forEach(list -> Collections.shuffle(list, random));
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(properties, new StringSerializer(),
                new ByteArraySerializer())) {
            List<String> pending = new ArrayList<>(byLead.keySet());
            Map<String, Integer> next = new HashMap<>();
            while (!pending.isEmpty()) {
                int pick = random.nextInt(pending.size());
                String lead = pending.get(pick);
                int index = next.merge(lead, 1, Integer::sum) - 1;
                producer.send(new ProducerRecord<>(TOPIC, lead,
                        byLead.get(lead).get(index).getBytes(StandardCharsets.UTF_8)));
                if (index + 1 == byLead.get(lead).size()) {
                    pending.remove(pick);
                }
            }
            producer.flush();
        }
        return distinct;
    }

    private static List<String> storeLeads(int port, int leads) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        JsonMapper json = JsonMapper.builder().build();
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < leads; i++) {
            String externalId = "kb-" + run + "-" + i;
            String body = ("{\"lead\": {\"externalId\": \"%1$s\", \"firstName\": \"Ana\", \"lastName\": \"Bench\","
                    + " \"email\": \"%1$s@acme-soft.com\", \"company\": \"Acme %1$s\", \"jobTitle\": \"Marketing "
                    + "Director\", \"industry\": \"SOFTWARE\", \"companySize\": 250, \"country\": \"ES\", \"source\":"
                    + " \"ORGANIC_SEARCH\", \"consent\": {\"dataProcessing\": true, \"profilingObjection\": false,"
                    + " \"policyVersion\": \"2026-01\"}}}").formatted(externalId);
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/api/v1/leads")).header("Authorization", "Bearer " + KEY)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 201) {
                throw new IllegalStateException("POST /api/v1/leads answered " + answer.statusCode() + ": "
                        + answer.body());
            }
            ids.add(json.readTree(answer.body()).get("id").asString());
        }
        return ids;
    }

    private static ConfigurableApplicationContext start(Path dir, String brokers, int concurrency) {
        String url = "jdbc:h2:file:" + dir.resolve("leadrules")
                + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0;QUERY_CACHE_SIZE=64;DB_CLOSE_ON_EXIT=FALSE";
        return new SpringApplicationBuilder(LeadRulesApplication.class).profiles("kafka")
                .run("--server.port=0", "--leadrules.data-dir=" + dir, "--spring.datasource.url=" + url,
                        "--spring.kafka.bootstrap-servers=" + brokers, "--leadrules.kafka.topic=" + TOPIC,
                        "--leadrules.kafka.concurrency=" + concurrency, "--leadrules.kafka.partitions=6",
                        "--leadrules.rescoring.schedule-enabled=false", "--leadrules.sandbox.warm-at-startup=false",
                        "--logging.level.root=WARN", "--leadrules.security.initial-admin-key=" + KEY,
                        "--leadrules.security.rate-limits.enabled=false");
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private KafkaActivitiesBench() {
    }
}
