package io.leadrules.app.ruleset;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code rule_activation_plans} table: activations with their effective instant. At most one is PENDING at a time
 * (its {@code pending_slot} is unique); every change of state compares and sets, so two instances doing the same step
 * at once do it once.
 */
@Repository
class ActivationPlans {

    private static final String COLUMNS = "id, version_id, previous_version_id, requested_at, requested_by,"
            + " self_approved, effective_at, state, outcome, requester_instance";

    private final JdbcClient jdbc;

    ActivationPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a PENDING plan requested by the instance {@code requester} (it fixes the instant when none is given, so
     * the plan is failed if it dies first: {@link #abandon}); empty when another one is pending already.
     */
    Optional<Plan> propose(long version, long previous, Instant requestedAt, String by, boolean selfApproved,
                           Instant effectiveAt, String requester) {
        try {
            jdbc.sql("INSERT INTO rule_activation_plans (version_id, previous_version_id, requested_at, requested_by,"
                            + " self_approved, effective_at, state, pending_slot, requester_instance) VALUES"
                            + " (:version, :previous, :at, :by, :self, :effective, 'PENDING', 1, :requester)")
                    .param("version", version).param("previous", previous).param("at", Timestamp.from(requestedAt))
                    .param("by", by).param("self", selfApproved).param("requester", requester)
                    .param("effective", effectiveAt == null ? null : Timestamp.from(effectiveAt)).update();
        } catch (DuplicateKeyException pending) {
            return Optional.empty();
        }
        return pending();
    }

    /** Records an activation that took effect at once, in the transaction that changed the statuses. */
    void recordDone(long version, long previous, Instant at, String by, boolean selfApproved) {
        jdbc.sql("INSERT INTO rule_activation_plans (version_id, previous_version_id, requested_at, requested_by,"
                        + " self_approved, effective_at, state) VALUES (:version, :previous, :at, :by, :self, :at,"
                        + " 'DONE')")
                .param("version", version).param("previous", previous).param("at", Timestamp.from(at))
                .param("by", by).param("self", selfApproved).update();
    }

    Optional<Plan> pending() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rule_activation_plans WHERE pending_slot = 1")
                .query(ActivationPlans::row).optional();
    }

    /** The version's latest plan, whatever its state. */
    Optional<Plan> latest(long version) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rule_activation_plans WHERE version_id = :version"
                        + " ORDER BY id DESC LIMIT 1").param("version", version)
                .query(ActivationPlans::row).optional();
    }

    /** Sets the instant of a plan that waited for the instances; false when it was no longer waiting. */
    boolean fix(long plan, Instant effectiveAt) {
        return jdbc.sql("UPDATE rule_activation_plans SET effective_at = :at WHERE id = :id AND state = 'PENDING'"
                        + " AND effective_at IS NULL")
                .param("at", Timestamp.from(effectiveAt)).param("id", plan).update() == 1;
    }

    /** PENDING to {@code state} (DONE, FAILED or CANCELLED); false when it was no longer pending. */
    boolean close(long plan, Plan.State state, String outcome) {
        return jdbc.sql("UPDATE rule_activation_plans SET state = :state, pending_slot = NULL, outcome = :outcome"
                        + " WHERE id = :id AND state = 'PENDING'")
                .param("state", state.name()).param("outcome", outcome).param("id", plan).update() == 1;
    }

    /**
     * PENDING without an instant to FAILED, with the reason; false when it was no longer so (its requester fixed the
     * instant meanwhile, or it was closed). Only the requester fixes the default instant, so a plan whose requester is
     * gone would otherwise hold the pending slot, and every activation back, for ever.
     */
    boolean abandon(long plan, String outcome) {
        return jdbc.sql("UPDATE rule_activation_plans SET state = 'FAILED', pending_slot = NULL, outcome = :outcome"
                        + " WHERE id = :id AND state = 'PENDING' AND effective_at IS NULL")
                .param("outcome", outcome).param("id", plan).update() == 1;
    }

    private static Plan row(ResultSet rs, int rowNum) throws SQLException {
        Timestamp effective = rs.getTimestamp("effective_at");
        return new Plan(rs.getLong("id"), rs.getLong("version_id"), rs.getLong("previous_version_id"),
                rs.getTimestamp("requested_at").toInstant(), rs.getString("requested_by"),
                rs.getBoolean("self_approved"), effective == null ? null : effective.toInstant(),
                Plan.State.valueOf(rs.getString("state")), rs.getString("outcome"),
                rs.getString("requester_instance"));
    }

    /**
     * One activation and its instant.
     *
     * @param effectiveAt null while the requester waits for every live instance to be ready
     * @param outcome     why it FAILED or was CANCELLED, else null
     * @param requester   the instance that stored it ({@code service_instances}), null for a plan stored at once
     *                    (DONE) or before V30
     */
    record Plan(long id, long version, long previous, Instant requestedAt, String requestedBy, boolean selfApproved,
                Instant effectiveAt, State state, String outcome, String requester) {

        enum State { PENDING, DONE, CANCELLED, FAILED }

        /** Whether every instance serves it from now on: pending with an instant that has come. */
        boolean dueAt(Instant now) {
            return state == State.PENDING && effectiveAt != null && !now.isBefore(effectiveAt);
        }
    }
}
