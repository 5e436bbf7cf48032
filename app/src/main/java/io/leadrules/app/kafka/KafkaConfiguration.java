package io.leadrules.app.kafka;

import io.leadrules.app.lead.ActivityFeed;
import io.leadrules.app.scoring.ScoringSettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.databind.json.JsonMapper;

/**
 * Activities from Kafka, and stage changes to it, only when {@code leadrules.kafka.enabled} (the {@code kafka}
 * profile). Without it nothing here exists: Spring Boot's Kafka beans are then inert (no listener, no topic to
 * create), so the service and its tests never reach for a broker. Keys are texts and values raw bytes, whatever
 * {@code spring.kafka.*} says: the service reads the JSON itself, so that malformed JSON is a dead letter with its
 * reason rather than a deserialiser's failure.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("leadrules.kafka.enabled")
@EnableConfigurationProperties(KafkaSettings.class)
@EnableScheduling
class KafkaConfiguration {

    @Bean
    DefaultKafkaConsumerFactoryCustomizer activityEventDeserializers() {
        return factory -> factory.updateConfigs(Map.of(
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, factory.getConfigurationProperties()
                        .getOrDefault(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
    }

    @Bean
    DefaultKafkaProducerFactoryCustomizer rawValueSerializers() {
        return factory -> factory.updateConfigs(Map.of(
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    /**
     * A poll that failed for a transient reason is tried again, waiting retry-first and doubling up to retry-max, for
     * as long as the failure lasts: never dead-lettered (every other failure was handled event by event).
     */
    @Bean
    CommonErrorHandler transientFailureRetries(KafkaSettings settings) {
        ExponentialBackOff backOff = new ExponentialBackOff(settings.retryFirst().toMillis(), 2.0);
        backOff.setMaxInterval(settings.retryMax().toMillis());
        return new DefaultErrorHandler(backOff);
    }

    @Bean
    KafkaAdmin.NewTopics leadrulesTopics(KafkaSettings settings) {
        List<NewTopic> topics = new ArrayList<>();
        if (settings.createTopics()) {
            topics.add(topic(settings.topic(), settings));
            topics.add(topic(settings.deadLetterTopic(), settings));
            if (settings.publishesStageChanges()) {
                topics.add(topic(settings.stageChangesTopic(), settings));
            }
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    private static NewTopic topic(String name, KafkaSettings settings) {
        return TopicBuilder.name(name).partitions(settings.partitions()).replicas(settings.replicas()).build();
    }

    @Bean
    ActivityMetrics activityMetrics(MeterRegistry registry) {
        return new ActivityMetrics(registry);
    }

    @Bean
    DeadLetters deadLetters(KafkaTemplate<String, byte[]> kafka, KafkaSettings settings, JsonMapper json) {
        return new DeadLetters(kafka, settings, json);
    }

    @Bean
    ActivityPages activityPages(ActivityFeed feed, TransactionTemplate transactions, ScoringSettings scoring) {
        return new ActivityPages(feed, transactions, scoring);
    }

    @Bean
    ActivityConsumer activityConsumer(ActivityFeed feed, ActivityPages pages, DeadLetters deadLetters,
                                      ActivityMetrics metrics, KafkaSettings settings) {
        return new ActivityConsumer(feed, pages, deadLetters, metrics, settings);
    }

    @Bean
    StageChanges stageChanges(KafkaSettings settings) {
        return new StageChanges(settings);
    }

    @Bean
    StageChangePublisher stageChangePublisher(JdbcClient jdbc, TransactionTemplate transactions,
                                              KafkaTemplate<String, byte[]> kafka, KafkaSettings settings,
                                              Clock clock) {
        return new StageChangePublisher(jdbc, transactions, kafka, settings, clock);
    }
}
