package io.leadrules.app.kafka;

import io.leadrules.app.lead.ActivityFeed;
import io.leadrules.app.lead.ActivityFeed.Posted;
import io.leadrules.app.scoring.ActivityData;
import io.leadrules.app.scoring.ScoringSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores one poll's checked events, as the bulk import stores a page of leads (ADR 0027): each lead's events, in the
 * order they came, are posted together through {@link ActivityFeed#post} (the HTTP post's path: row lock, each id
 * once, one new decision), and the whole page commits once, which is what makes a stream fast on a database that
 * forces every commit to disk. When a lead of the page is refused (an id taken with other content, a lead unknown or
 * erased), the page is undone and stored again lead by lead, and a refused lead's events one by one, so that only the
 * refused event is dead-lettered. A transient failure (the database) is thrown: the container tries the poll again.
 */
class ActivityPages {

    private final ActivityFeed feed;
    private final TransactionTemplate transactions;
    private final int maxActivities;

    ActivityPages(ActivityFeed feed, TransactionTemplate transactions, ScoringSettings scoring) {
        this.feed = feed;
        this.transactions = transactions;
        this.maxActivities = scoring.maxActivities();
    }

    /** An event that passed the checks, and the lead it names. */
    record Checked(ConsumerRecord<?, ?> record, UUID leadId, ActivityData activity) {
    }

    /** An event that was not stored, and why. */
    record Refused(ConsumerRecord<?, ?> record, ProblemDetail problem) {
    }

    /** What the page stored: activities new and already there, and the events refused. */
    record Outcome(int stored, int duplicates, List<Refused> refused) {
    }

    Outcome store(List<Checked> page) {
        List<List<Checked>> groups = byLead(page);
        try {
            List<Posted> posted = transactions.execute(tx -> groups.stream().map(this::post).toList());
            return new Outcome(sum(posted, true), sum(posted, false), List.of());
        } catch (RuntimeException e) {
            rethrowIfTransient(e);
            return leadByLead(groups);
        }
    }

    private Outcome leadByLead(List<List<Checked>> groups) {
        Tally tally = new Tally();
        for (List<Checked> group : groups) {
            RuntimeException failure = tally.post(group);
            if (failure != null && group.size() == 1) {
                tally.refuse(group.get(0), failure);
            } else if (failure != null) {
                for (Checked one : group) {
                    RuntimeException alone = tally.post(List.of(one));
                    if (alone != null) {
                        tally.refuse(one, alone);
                    }
                }
            }
        }
        return tally.outcome();
    }

    /** The counts of a page stored lead by lead. */
    private final class Tally {

        private int stored;
        private int duplicates;
        private final List<Refused> refused = new ArrayList<>();

        /** Posts the events in their own transaction; the failure if they were refused. */
        RuntimeException post(List<Checked> events) {
            try {
                Posted posted = ActivityPages.this.post(events);
                stored += posted.stored();
                duplicates += posted.duplicates();
                return null;
            } catch (RuntimeException e) {
                rethrowIfTransient(e);
                return e;
            }
        }

        void refuse(Checked event, RuntimeException failure) {
            refused.add(new Refused(event.record(), Refusals.problemOf(failure)));
        }

        Outcome outcome() {
            return new Outcome(stored, duplicates, refused);
        }
    }

    private Posted post(List<Checked> group) {
        return feed.post(group.get(0).leadId(), group.stream().map(Checked::activity).toList());
    }

    /** The page's events by lead, each lead's in the order they came, at most a request's worth together. */
    private List<List<Checked>> byLead(List<Checked> page) {
        Map<UUID, List<Checked>> byLead = new LinkedHashMap<>();
        page.forEach(checked -> byLead.computeIfAbsent(checked.leadId(), id -> new ArrayList<>()).add(checked));
        List<List<Checked>> groups = new ArrayList<>();
        for (List<Checked> events : byLead.values()) {
            for (int from = 0; from < events.size(); from += maxActivities) {
                groups.add(events.subList(from, Math.min(events.size(), from + maxActivities)));
            }
        }
        return groups;
    }

    private static int sum(List<Posted> posted, boolean stored) {
        return posted.stream().mapToInt(p -> stored ? p.stored() : p.duplicates()).sum();
    }

    private static void rethrowIfTransient(RuntimeException e) {
        if (TransientFailures.isTransient(e)) {
            throw e;
        }
    }
}
