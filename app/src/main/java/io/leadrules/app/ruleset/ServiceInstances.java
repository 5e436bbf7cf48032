package io.leadrules.app.ruleset;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code service_instances} table: which instances share the database, what each serves and holds compiled. The
 * instants are the writer's wall clock (ADR 0038): a heartbeat is late when it is older than several heartbeats, far
 * more than the clocks of NTP-synchronised machines differ.
 */
@Repository
class ServiceInstances {

    private final JdbcClient jdbc;

    ServiceInstances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes this instance's row, inserting it the first time (or after another instance removed it as gone). */
    void heartbeat(Instance instance) {
        int updated = jdbc.sql("UPDATE service_instances SET host = :host, port = :port, heartbeat_at = :at,"
                        + " serving_version = :serving, ready_versions = :ready, behind_reason = :behind"
                        + " WHERE instance_id = :id")
                .params(parameters(instance)).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO service_instances (instance_id, host, port, started_at, heartbeat_at,"
                            + " serving_version, ready_versions, behind_reason) VALUES (:id, :host, :port, :started,"
                            + " :at, :serving, :ready, :behind)")
                    .params(parameters(instance)).update();
        }
    }

    /** Every instance whose heartbeat is not older than {@code since}, oldest start first. */
    List<Instance> live(Instant since) {
        return jdbc.sql("SELECT instance_id, host, port, started_at, heartbeat_at, serving_version, ready_versions,"
                        + " behind_reason FROM service_instances WHERE heartbeat_at >= :since"
                        + " ORDER BY started_at, instance_id")
                .param("since", Timestamp.from(since)).query(ServiceInstances::row).list();
    }

    /** Removes the rows of instances gone since before {@code before}; answers how many. */
    int removeGone(Instant before) {
        return jdbc.sql("DELETE FROM service_instances WHERE heartbeat_at < :before")
                .param("before", Timestamp.from(before)).update();
    }

    void remove(String instanceId) {
        jdbc.sql("DELETE FROM service_instances WHERE instance_id = :id").param("id", instanceId).update();
    }

    private static Map<String, Object> parameters(Instance instance) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", instance.instanceId());
        parameters.put("host", instance.host());
        parameters.put("port", instance.port());
        parameters.put("started", Timestamp.from(instance.startedAt()));
        parameters.put("at", Timestamp.from(instance.heartbeatAt()));
        parameters.put("serving", instance.serving());
        parameters.put("ready", instance.ready().stream().sorted().map(String::valueOf)
                .collect(Collectors.joining(",")));
        parameters.put("behind", instance.behindReason());
        return parameters;
    }

    private static Instance row(ResultSet rs, int rowNum) throws SQLException {
        String ready = rs.getString("ready_versions");
        Set<Long> versions = ready.isEmpty() ? Set.of() : Arrays.stream(ready.split(",")).map(Long::valueOf)
                .collect(Collectors.toUnmodifiableSet());
        return new Instance(rs.getString("instance_id"), rs.getString("host"), rs.getInt("port"),
                rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("heartbeat_at").toInstant(),
                rs.getLong("serving_version"), versions, rs.getString("behind_reason"));
    }

    /**
     * One instance as its last heartbeat described it.
     *
     * @param ready        the versions it holds compiled besides the one it serves
     * @param behindReason why it does not serve the version it should, null when it does
     */
    record Instance(String instanceId, String host, int port, Instant startedAt, Instant heartbeatAt, long serving,
                    Set<Long> ready, String behindReason) {

        /** Whether it serves the version or can switch to it without compiling. */
        boolean readyFor(long version) {
            return serving == version || ready.contains(version);
        }
    }
}
