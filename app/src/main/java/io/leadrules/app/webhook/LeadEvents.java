package io.leadrules.app.webhook;

import io.leadrules.app.decision.DecisionsRecorded;
import io.leadrules.app.decision.DecisionsRecorded.Recorded;
import io.leadrules.app.erasure.LeadErased;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns recorded decisions and erasures into lead events, in their transaction (a plain {@code @EventListener} runs
 * there: what it writes rolls back with the decision). A decision is compared with the lead's previous one; a lead's
 * first decision has nothing before it, so a lead created sales-ready is news too. Nothing is read when no active
 * subscription wants lead events and no {@link OutboxStream} (the Kafka topic of stage changes) takes them, so
 * rescoring pays one small query a page. A stage change is computed once, for subscriptions and streams alike.
 */
@Component
class LeadEvents {

    private final SubscriptionStore subscriptions;
    private final Outbox outbox;
    private final JdbcClient jdbc;
    private final List<OutboxStream> streams;

    LeadEvents(SubscriptionStore subscriptions, Outbox outbox, JdbcClient jdbc, List<OutboxStream> streams) {
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.streams = streams;
    }

    @EventListener
    void on(DecisionsRecorded recorded) {
        List<Subscription> active = subscriptions.active();
        if (active.stream().noneMatch(s -> s.wants(WebhookEventType.LEAD_STAGE_CHANGED)
                || s.wants(WebhookEventType.LEAD_TEMPERATURE_CHANGED) || s.wants(WebhookEventType.LEAD_SCORE_CROSSED))
                && !streamed(WebhookEventType.LEAD_STAGE_CHANGED)) {
            return;
        }
        Map<UUID, Previous> before = previous(recorded.decisions());
        for (Recorded decision : recorded.decisions()) {
            changes(decision, before.getOrDefault(decision.leadId(), Previous.NONE), active);
        }
    }

    @EventListener
    void on(LeadErased erased) {
        outbox.scrub(erased.leadId());
        outbox.write(WebhookEventType.LEAD_ERASED, erased.leadId(), erased.erasedAt(),
                new EventPayloads.LeadErased(erased.leadId(), erased.erasedAt()),
                wanting(subscriptions.active(), WebhookEventType.LEAD_ERASED));
    }

    private void changes(Recorded d, Previous before, List<Subscription> active) {
        if (!Objects.equals(before.stage(), d.stage())) {
            outbox.write(WebhookEventType.LEAD_STAGE_CHANGED, d.leadId(), d.decidedAt(),
                    new EventPayloads.LeadValueChanged(d.leadId(), d.decisionId(), d.sequenceNumber(),
                            d.rulesetVersion(), before.stage(), d.stage()),
                    wanting(active, WebhookEventType.LEAD_STAGE_CHANGED),
                    streamed(WebhookEventType.LEAD_STAGE_CHANGED));
        }
        if (!Objects.equals(before.temperature(), d.temperature())) {
            outbox.write(WebhookEventType.LEAD_TEMPERATURE_CHANGED, d.leadId(), d.decidedAt(),
                    new EventPayloads.LeadValueChanged(d.leadId(), d.decisionId(), d.sequenceNumber(),
                            d.rulesetVersion(), before.temperature(), d.temperature()),
                    wanting(active, WebhookEventType.LEAD_TEMPERATURE_CHANGED));
        }
        ScoreCrossings.crossed(before.score(), d.score(), wanting(active, WebhookEventType.LEAD_SCORE_CROSSED))
                .forEach(crossing -> outbox.write(WebhookEventType.LEAD_SCORE_CROSSED, d.leadId(), d.decidedAt(),
                        new EventPayloads.LeadScoreCrossed(d.leadId(), d.decisionId(), d.sequenceNumber(),
                                d.rulesetVersion(), crossing.threshold(), crossing.direction(), before.score(),
                                d.score()), crossing.subscriptions()));
    }

    /** Each lead's decision before the recorded one: the greatest sequence number below it. */
    private Map<UUID, Previous> previous(List<Recorded> decisions) {
        Map<UUID, Previous> before = new HashMap<>();
        jdbc.sql("SELECT p.lead_id, p.score, p.stage, p.temperature FROM decisions p WHERE p.lead_id IN (:leads)"
                        + " AND p.sequence_number = (SELECT MAX(q.sequence_number) FROM decisions q"
                        + " WHERE q.lead_id = p.lead_id AND q.id NOT IN (:recorded))")
                .param("leads", decisions.stream().map(Recorded::leadId).toList())
                .param("recorded", decisions.stream().map(Recorded::decisionId).toList())
                .query(rs -> {
                    before.put(rs.getObject(1, UUID.class), new Previous((Integer) rs.getObject(2), rs.getString(3),
                            rs.getString(4)));
                });
        return before;
    }

    /** Whether a stream (the Kafka topic of stage changes) takes this type too. */
    private boolean streamed(WebhookEventType type) {
        return streams.stream().anyMatch(stream -> stream.wants(type.wireName()));
    }

    static List<Subscription> wanting(List<Subscription> active, WebhookEventType type) {
        return active.stream().filter(subscription -> subscription.wants(type)).toList();
    }

    private record Previous(Integer score, String stage, String temperature) {

        static final Previous NONE = new Previous(null, null, null);
    }
}
