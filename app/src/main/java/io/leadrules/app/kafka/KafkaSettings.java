package io.leadrules.app.kafka;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Activities from Kafka and stage changes to Kafka ({@code leadrules.kafka}, application.yml explains each; ADR 0041).
 * The broker itself is Spring Boot's {@code spring.kafka.*} (bootstrap servers, security).
 *
 * @param enabled             consume and publish at all (the {@code kafka} profile turns it on); off, nothing of
 *                            Kafka starts and no broker is reached
 * @param topic               the topic of activity events
 * @param deadLetterTopic     where refused events go with their reason (default {@code <topic>.DLT})
 * @param groupId             the consumer group: every instance of one service joins it
 * @param concurrency         consumers per instance, each with its own partitions (a partition is never shared)
 * @param createTopics        create the topics at start when missing, with {@code partitions} and {@code replicas}
 * @param partitions          partitions of topics created here
 * @param replicas            replicas of topics created here
 * @param maxEventSize        the largest event read; a larger one is dead-lettered
 * @param retryFirst          the first wait before a batch that failed for a transient reason (the database) is tried
 *                            again; it doubles up to {@code retryMax}, for as long as the failure lasts
 * @param retryMax            the longest wait between two tries
 * @param stageChangesTopic   where decisions that change a lead's stage are published; empty: not published
 * @param publishInterval     how often the outbox is read for stage changes to publish
 * @param publishBatch        stage changes published per round at most
 */
@ConfigurationProperties("leadrules.kafka")
public record KafkaSettings(boolean enabled, String topic, String deadLetterTopic, String groupId, Integer concurrency,
                            Boolean createTopics, Integer partitions, Short replicas, DataSize maxEventSize,
                            Duration retryFirst, Duration retryMax, String stageChangesTopic,
                            Duration publishInterval, Integer publishBatch) {

    public KafkaSettings {
        topic = blank(topic) ? "leadrules.activities" : topic;
        deadLetterTopic = blank(deadLetterTopic) ? topic + ".DLT" : deadLetterTopic;
        groupId = blank(groupId) ? "leadrules" : groupId;
        concurrency = concurrency == null ? 1 : concurrency;
        createTopics = createTopics == null || createTopics;
        partitions = partitions == null ? 6 : partitions;
        replicas = replicas == null ? 1 : replicas;
        maxEventSize = maxEventSize == null ? DataSize.ofKilobytes(1024) : maxEventSize;
        retryFirst = retryFirst == null ? Duration.ofSeconds(1) : retryFirst;
        retryMax = retryMax == null ? Duration.ofMinutes(1) : retryMax;
        stageChangesTopic = blank(stageChangesTopic) ? "" : stageChangesTopic;
        publishInterval = publishInterval == null ? Duration.ofSeconds(1) : publishInterval;
        publishBatch = publishBatch == null ? 500 : publishBatch;
    }

    boolean publishesStageChanges() {
        return !stageChangesTopic.isEmpty();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
