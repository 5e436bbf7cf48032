package io.leadrules.app.calibration;

import io.leadrules.rules.backtest.calibration.CalibrationCurve;
import io.leadrules.rules.backtest.calibration.CalibrationMethod;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The calibrations table. A row is inserted once; afterwards only its state and approval columns change. */
@Repository
class CalibrationStore {

    private static final String COLUMNS = "id, ruleset_version, method, curve, sample_size, converted, backtest_id, "
            + "created_at, created_by, state, approved_by, approved_at, self_approved";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CalibrationStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(StoredCalibration c) {
        jdbc.sql("INSERT INTO calibrations (" + COLUMNS + ") VALUES (:id, :version, :method, :curve, :size, :converted,"
                        + " :backtest, :created, :by, :state, NULL, NULL, FALSE)")
                .param("id", c.id()).param("version", c.rulesetVersion()).param("method", c.method().name())
                .param("curve", json.writeValueAsString(c.curve())).param("size", c.sampleSize())
                .param("converted", c.converted()).param("backtest", c.backtestId())
                .param("created", Timestamp.from(c.createdAt())).param("by", c.createdBy())
                .param("state", c.state().name()).update();
    }

    Optional<StoredCalibration> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM calibrations WHERE id = :id").param("id", id)
                .query(this::row).optional();
    }

    /** A version's calibrations, newest first. */
    List<StoredCalibration> ofVersion(String version) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM calibrations WHERE ruleset_version = :version"
                + " ORDER BY proposal_number DESC").param("version", version).query(this::row).list();
    }

    /** Every calibration in use: at most one per version. */
    List<StoredCalibration> approved() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM calibrations WHERE state = 'APPROVED'").query(this::row).list();
    }

    /**
     * What changes whenever a calibration is approved (and others retired), on any instance: how many left PROPOSED,
     * and the latest approval. Calibrations are never deleted, so the count only grows.
     */
    String approvals() {
        return jdbc.sql("SELECT COUNT(*), MAX(approved_at) FROM calibrations WHERE state <> 'PROPOSED'")
                .query((rs, n) -> rs.getLong(1) + "/" + rs.getTimestamp(2)).single();
    }

    /** PROPOSED -> APPROVED; false when it was not PROPOSED any more. */
    boolean approve(UUID id, String approver, Instant at, boolean selfApproved) {
        return jdbc.sql("UPDATE calibrations SET state = 'APPROVED', approved_by = :by, approved_at = :at,"
                        + " self_approved = :self WHERE id = :id AND state = 'PROPOSED'")
                .param("by", approver).param("at", Timestamp.from(at)).param("self", selfApproved).param("id", id)
                .update() == 1;
    }

    /** The version's other APPROVED calibrations become RETIRED; answers their ids. */
    List<UUID> retireOthers(String version, UUID approved) {
        List<UUID> others = jdbc.sql("SELECT id FROM calibrations WHERE ruleset_version = :version"
                        + " AND state = 'APPROVED' AND id <> :id ORDER BY id")
                .param("version", version).param("id", approved).query(UUID.class).list();
        jdbc.sql("UPDATE calibrations SET state = 'RETIRED' WHERE ruleset_version = :version AND state = 'APPROVED'"
                + " AND id <> :id").param("version", version).param("id", approved).update();
        return others;
    }

    private StoredCalibration row(ResultSet rs, int rowNum) throws SQLException {
        Timestamp approvedAt = rs.getTimestamp("approved_at");
        return new StoredCalibration(rs.getObject("id", UUID.class), rs.getString("ruleset_version"),
                CalibrationMethod.valueOf(rs.getString("method")),
                json.readValue(rs.getString("curve"), CalibrationCurve.class), rs.getInt("sample_size"),
                rs.getInt("converted"), rs.getObject("backtest_id", UUID.class),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                StoredCalibration.State.valueOf(rs.getString("state")), rs.getString("approved_by"),
                approvedAt == null ? null : approvedAt.toInstant(), rs.getBoolean("self_approved"));
    }
}
