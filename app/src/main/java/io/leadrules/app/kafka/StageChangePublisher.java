package io.leadrules.app.kafka;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.SendResult;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the stage changes the outbox holds for the stream (ADR 0041), oldest first: a round locks the
 * publisher's row (instances take turns), sends a batch keyed by lead id, waits until the broker has every one, and
 * only then marks them published, in the same transaction. A failure (broker down) undoes the marks and the next round
 * sends them again: at least once, never lost once the decision committed; a consumer tells a repeat by the
 * {@value #EVENT_ID} header. A lead's changes are written under its row lock, so position order is its order.
 */
class StageChangePublisher {

    static final String EVENT_ID = "leadrules-event-id";
    static final String EVENT_TYPE = "leadrules-event-type";
    private static final long SEND_TIMEOUT_SECONDS = 30;
    private static final Logger log = LoggerFactory.getLogger(StageChangePublisher.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final KafkaOperations<String, byte[]> kafka;
    private final KafkaSettings settings;
    private final Clock clock;

    StageChangePublisher(JdbcClient jdbc, TransactionTemplate transactions, KafkaOperations<String, byte[]> kafka,
                         KafkaSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${leadrules.kafka.publish-interval:1s}")
    void publishDue() {
        if (!settings.publishesStageChanges()) {
            return;
        }
        try {
            while (publishRound() == settings.publishBatch()) {
                // a full round: there may be more
            }
        } catch (RuntimeException e) {
            log.warn("Stage changes wait in the outbox, to be sent again: {}", e.getMessage());
        }
    }

    /** One round; how many events it published. */
    int publishRound() {
        Integer published = transactions.execute(tx -> {
            jdbc.sql("SELECT id FROM outbox_stream_publisher WHERE id = 1 FOR UPDATE").query(Integer.class).single();
            List<Pending> due = jdbc.sql("SELECT s.position, s.message_key, e.id, e.payload FROM outbox_stream s"
                            + " JOIN webhook_events e ON e.id = s.event_id WHERE s.published_at IS NULL"
                            + " ORDER BY s.position FETCH FIRST :n ROWS ONLY").param("n", settings.publishBatch())
                    .query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getObject(3, UUID.class),
                            rs.getString(4))).list();
            if (due.isEmpty()) {
                return 0;
            }
            awaitAll(due.stream().map(this::send).toList());
            jdbc.sql("UPDATE outbox_stream SET published_at = :now WHERE position IN (:positions)")
                    .param("now", Timestamp.from(clock.instant()))
                    .param("positions", due.stream().map(Pending::position).toList()).update();
            return due.size();
        });
        return published == null ? 0 : published;
    }

    private CompletableFuture<SendResult<String, byte[]>> send(Pending event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(settings.stageChangesTopic(), event.key(),
                event.payload().getBytes(StandardCharsets.UTF_8));
        record.headers().add(EVENT_ID, event.eventId().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(EVENT_TYPE, StageChanges.EVENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return kafka.send(record);
    }

    private static void awaitAll(List<CompletableFuture<SendResult<String, byte[]>>> sends) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(SEND_TIMEOUT_SECONDS,
                    TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing stage changes", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Stage changes not published (they will be sent again): "
                    + e.getMessage(), e);
        }
    }

    private record Pending(long position, String key, UUID eventId, String payload) {
    }
}
