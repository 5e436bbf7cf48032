package io.leadrules.app.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Activity events as counters, {@value #EVENTS} tagged {@code outcome}: stored, duplicate (an id the lead already
 * had, or one repeated within a poll, counted once per poll: not an error), dead-lettered (tagged too with the {@code problem} slug, a bounded set); and {@value #CONSUMED}.
 * The consumer's lag is Kafka's own {@code kafka.consumer.fetch.manager.records.lag(.max)}, bound to Micrometer by
 * Spring Boot (KafkaClientMetrics through the consumer factory's listener).
 */
class ActivityMetrics {

    static final String EVENTS = "leadrules.kafka.activities";
    static final String CONSUMED = "leadrules.kafka.activities.consumed";

    private final MeterRegistry registry;
    private final Counter consumed;
    private final Counter stored;
    private final Counter duplicates;
    private final Map<String, Counter> deadLettered = new ConcurrentHashMap<>();

    ActivityMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.consumed = Counter.builder(CONSUMED).description("Activity events read from the topic, redeliveries "
                + "included").register(registry);
        this.stored = counter("stored", "none");
        this.duplicates = counter("duplicate", "none");
    }

    void consumed(int count) {
        consumed.increment(count);
    }

    void posted(int storedCount, int duplicateCount) {
        stored.increment(storedCount);
        duplicates.increment(duplicateCount);
    }

    void deadLettered(String problemSlug) {
        deadLettered.computeIfAbsent(problemSlug, slug -> counter("dead-lettered", slug)).increment();
    }

    private Counter counter(String outcome, String problem) {
        return Counter.builder(EVENTS).description("Activity events from Kafka, by what became of them")
                .tag("outcome", outcome).tag("problem", problem).register(registry);
    }
}
