package io.leadrules.app.decision;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which decision saw each lead of a page as it stood at an instant of its own, in two queries for the page: the last
 * decision made at or before the instant, or else the lead's first one (see {@code LeadHistory}); only the input
 * snapshots of the decisions chosen are read.
 */
@Repository
public class DecisionTimeline {

    private final JdbcClient jdbc;

    DecisionTimeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The input snapshot of the decision chosen for each lead, by lead; a lead never decided has none. */
    public Map<UUID, String> inputsKnownAt(Map<UUID, Instant> instants) {
        Map<UUID, Stamp> chosen = new HashMap<>();
        if (instants.isEmpty()) {
            return Map.of();
        }
        jdbc.sql("SELECT id, lead_id, sequence_number, decided_at FROM decisions WHERE lead_id IN (:leads)")
                .param("leads", instants.keySet()).query(rs -> {
                    Stamp stamp = new Stamp(rs.getObject(1, UUID.class), rs.getLong(3),
                            rs.getObject(4, OffsetDateTime.class).toInstant());
                    UUID lead = rs.getObject(2, UUID.class);
                    chosen.merge(lead, stamp, (one, other) -> better(one, other, instants.get(lead)));
                });
        return snapshots(chosen);
    }

    private Map<UUID, String> snapshots(Map<UUID, Stamp> chosen) {
        Map<UUID, UUID> leadOf = new HashMap<>();
        chosen.forEach((lead, stamp) -> leadOf.put(stamp.id(), lead));
        Map<UUID, String> inputs = new HashMap<>();
        if (!leadOf.isEmpty()) {
            jdbc.sql("SELECT id, input_snapshot FROM decisions WHERE id IN (:ids)").param("ids", List.copyOf(
                    leadOf.keySet())).query(rs -> {
                        inputs.put(leadOf.get(rs.getObject(1, UUID.class)), rs.getString(2));
                    });
        }
        return inputs;
    }

    /** The last decided by the instant wins over any decided after it; among those after, the first. */
    private static Stamp better(Stamp one, Stamp other, Instant instant) {
        boolean oneBy = !one.decidedAt().isAfter(instant);
        boolean otherBy = !other.decidedAt().isAfter(instant);
        if (oneBy != otherBy) {
            return oneBy ? one : other;
        }
        boolean later = other.sequenceNumber() > one.sequenceNumber();
        return oneBy == later ? other : one;
    }

    private record Stamp(UUID id, long sequenceNumber, Instant decidedAt) {
    }
}
