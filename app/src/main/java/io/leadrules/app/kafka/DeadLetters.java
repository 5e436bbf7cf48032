package io.leadrules.app.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends a refused event to the dead-letter topic with spring-kafka's {@link DeadLetterPublishingRecoverer}: the
 * original key and value unchanged, its topic, partition and offset in the {@code kafka_dlt-original-*} headers, and
 * the reason in the service's problem words: {@value #PROBLEM} (the problem+json body the HTTP post would have
 * answered), {@value #TYPE}, {@value #FIELD} (the first member named, empty when none) and {@value #MESSAGE}. The send
 * is waited for: an event is never left both unstored and not dead-lettered, since the offset is committed after.
 */
class DeadLetters {

    static final String PROBLEM = "leadrules-problem";
    static final String TYPE = "leadrules-problem-type";
    static final String FIELD = "leadrules-problem-field";
    static final String MESSAGE = "leadrules-problem-message";

    private final DeadLetterPublishingRecoverer recoverer;

    DeadLetters(KafkaOperations<?, ?> kafka, KafkaSettings settings, JsonMapper json) {
        this.recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(settings.deadLetterTopic(), -1));
        recoverer.excludeHeader(DeadLetterPublishingRecoverer.HeaderNames.HeadersToAdd.EX_STACKTRACE);
        recoverer.setHeadersFunction((record, failure) -> headers(((Refused) failure).problem(), json));
    }

    void send(ConsumerRecord<?, ?> record, ProblemDetail problem) {
        recoverer.accept(record, new Refused(problem));
    }

    private static RecordHeaders headers(ProblemDetail problem, JsonMapper json) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(PROBLEM, json.writeValueAsBytes(Refusals.body(problem)));
        headers.add(TYPE, utf8(String.valueOf(problem.getType())));
        headers.add(FIELD, utf8(Refusals.field(problem)));
        headers.add(MESSAGE, utf8(Refusals.message(problem)));
        return headers;
    }

    private static byte[] utf8(String text) {
        return (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
    }

    /** The refusal as the recoverer's exception: its message, the problem's detail, is the standard header's. */
    static final class Refused extends RuntimeException {

        private final transient ProblemDetail problem;

        Refused(ProblemDetail problem) {
            super(problem.getDetail(), null, false, false);
            this.problem = problem;
        }

        ProblemDetail problem() {
            return problem;
        }
    }
}
