package io.leadrules.app.kafka;

import io.leadrules.app.lead.ActivityEvent;
import io.leadrules.app.lead.ActivityFeed;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.SystemProblem;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Reads activity events a poll at a time (one listener thread per partition set: a partition's events are handled in
 * order, never in parallel), checks each as the HTTP post checks its body, stores the good ones a page at a time
 * ({@link ActivityPages}) and dead-letters the others with their reason. The listener returns only when every event
 * of the poll is stored or dead-lettered; the container commits the offsets after that (at least once; the activity
 * id makes a redelivery a duplicate, stored nothing new). A transient failure leaves the method: the container's error
 * handler tries the whole poll again with backoff, for as long as it lasts (KafkaConfiguration).
 */
class ActivityConsumer {

    private final ActivityFeed feed;
    private final ActivityPages pages;
    private final DeadLetters deadLetters;
    private final ActivityMetrics metrics;
    private final KafkaSettings settings;

    ActivityConsumer(ActivityFeed feed, ActivityPages pages, DeadLetters deadLetters, ActivityMetrics metrics,
                     KafkaSettings settings) {
        this.feed = feed;
        this.pages = pages;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.settings = settings;
    }

    @KafkaListener(id = "leadrules-activities", idIsGroup = false, groupId = "${leadrules.kafka.group-id:leadrules}",
            topics = "${leadrules.kafka.topic:leadrules.activities}", batch = "true",
            concurrency = "${leadrules.kafka.concurrency:1}")
    void consume(List<ConsumerRecord<String, byte[]>> records) {
        metrics.consumed(records.size());
        List<ActivityPages.Checked> checked = new ArrayList<>(records.size());
        List<ActivityPages.Refused> refused = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                checked.add(check(record));
            } catch (RuntimeException e) {
                if (TransientFailures.isTransient(e)) {
                    throw e;
                }
                refused.add(new ActivityPages.Refused(record, Refusals.problemOf(e)));
            }
        }
        ActivityPages.Outcome outcome = pages.store(checked);
        metrics.posted(outcome.stored(), outcome.duplicates());
        refused.addAll(outcome.refused());
        refused.forEach(this::deadLetter);
    }

    private ActivityPages.Checked check(ConsumerRecord<String, byte[]> record) {
        byte[] value = record.value();
        if (value != null && value.length > settings.maxEventSize().toBytes()) {
            throw new ProblemException(SystemProblem.PAYLOAD_TOO_LARGE, "The event has "
                    + value.length + " bytes; at most " + settings.maxEventSize().toBytes() + " are read.");
        }
        ActivityEvent event = feed.read(value == null ? new byte[0] : value);
        return new ActivityPages.Checked(record, feed.leadOf(event), event.activity());
    }

    private void deadLetter(ActivityPages.Refused refused) {
        deadLetters.send(refused.record(), refused.problem());
        String type = String.valueOf(refused.problem().getType());
        metrics.deadLettered(type.substring(type.lastIndexOf('/') + 1));
    }
}
