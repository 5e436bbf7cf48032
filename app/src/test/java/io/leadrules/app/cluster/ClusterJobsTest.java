package io.leadrules.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ApiClient;
import io.leadrules.app.ServiceProcess;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Jobs on two instances of the service, each its own process, on one database (docs/decisions/0040): the nightly
 * rescoring runs once per firing whatever the number of instances, and a rescoring job whose instance is killed
 * (kill -9) in the middle is finished by the other, every lead scored exactly once by the job.
 */
class ClusterJobsTest {

    static final Duration PATIENCE = Duration.ofMinutes(3);
    static final int SLOT_SECONDS = 3;
    static final int LEADS = 3000;

    /** Fast failure detection, so that a dead instance's work moves within seconds. */
    static final List<String> JOBS = List.of("--leadrules.jobs.heartbeat=1s", "--leadrules.jobs.missed-heartbeats=4",
            "--leadrules.jobs.polling-interval=500ms", "--leadrules.jobs.threads=2");

    @Test
    void theNightlyRescoringRunsOncePerFiringAcrossBothInstances(@TempDir Path first, @TempDir Path second)
            throws SQLException {
        SharedDatabase database = SharedDatabase.named("cluster-nightly");
        List<String> arguments = arguments(database, "--leadrules.rescoring.schedule-enabled=true",
                "--leadrules.rescoring.cron=*/" + SLOT_SECONDS + " * * * * *");
        try (ServiceProcess one = ServiceProcess.start(first, log("nightly-one"), arguments);
             ServiceProcess two = ServiceProcess.start(second, log("nightly-two"), arguments);
             Connection sql = connect(database)) {
            List<Instant> started = await(() -> jobsCreated(sql), created -> slots(created).size() >= 4);

            Map<Long, Integer> perFiring = slots(started);
            assertThat(perFiring).as("rescoring jobs started per firing of the cron, across both instances")
                    .hasSizeGreaterThanOrEqualTo(4).allSatisfy((firing, jobs) -> assertThat(jobs).isEqualTo(1));
        }
    }

    @Test
    void aRescoringJobWhoseInstanceIsKilledIsFinishedByTheOtherEveryLeadScoredOnce(@TempDir Path first,
                                                                                  @TempDir Path second)
            throws SQLException {
        SharedDatabase database = SharedDatabase.named("cluster-rescoring");
        List<String> arguments = arguments(database, "--leadrules.rescoring.schedule-enabled=false",
                "--leadrules.rescoring.page-size=5");
        try (ServiceProcess one = ServiceProcess.start(first, log("rescoring-one"), arguments);
             ServiceProcess two = ServiceProcess.start(second, log("rescoring-two"), arguments);
             Connection sql = connect(database)) {
            List<UUID> leads = undecidedLeads(sql, LEADS);
            ApiClient viaOne = new ApiClient(one.port());
            ApiClient viaTwo = new ApiClient(two.port());
            String id = viaOne.expect(202, viaOne.post("/api/v1/rescoring-jobs")).get("id").asString();

            JsonNode midway = await(() -> viaTwo.ok(viaTwo.get("/api/v1/rescoring-jobs/" + id)),
                    job -> job.get("processed").asInt() > 0);
            one.killHard();
            assertThat(midway.get("processed").asInt()).as("the job was midway when its first instance was killed")
                    .isLessThan(LEADS);
            JsonNode done = await(() -> viaTwo.ok(viaTwo.get("/api/v1/rescoring-jobs/" + id)),
                    job -> !List.of("QUEUED", "RUNNING").contains(job.get("state").asString()));

            assertThat(done.get("state").asString()).isEqualTo("DONE");
            assertThat(List.of(done.get("total").asInt(), done.get("processed").asInt()))
                    .containsExactly(LEADS, LEADS);
            Map<UUID, Integer> decisions = decisionsOfTheJob(sql, Instant.parse(done.get("asOf").asString()));
            assertThat(decisions).as("one decision by the job for each lead").hasSize(LEADS)
                    .containsOnlyKeys(leads).allSatisfy((lead, count) -> assertThat(count).isEqualTo(1));
            assertThat(undonePages(sql, UUID.fromString(id))).isZero();
        }
    }

    /** Each instance's log, kept after the run (in target/) to read when a test fails. */
    private static Path log(String instance) {
        Path log = Path.of("target", "cluster-jobs", instance + ".log");
        try {
            java.nio.file.Files.createDirectories(log.getParent());
            java.nio.file.Files.deleteIfExists(log);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return log;
    }

    private static List<String> arguments(SharedDatabase database, String... more) {
        List<String> arguments = new ArrayList<>(database.arguments());
        arguments.addAll(JOBS);
        arguments.addAll(List.of(more));
        return arguments;
    }

    private static Connection connect(SharedDatabase database) throws SQLException {
        return DriverManager.getConnection(database.url(), database.username(), database.password());
    }

    /** Leads stored without a decision, as an import from before scoring would leave them: rescoring decides each. */
    private static List<UUID> undecidedLeads(Connection sql, int count) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = sql.prepareStatement("INSERT INTO leads (id, external_id, email, email_key,"
                + " first_name, company, job_title, industry, company_size, country, consent_data_processing,"
                + " created_at, updated_at, version) VALUES (?, ?, ?, ?, 'Ana', 'Acme Soft', 'Marketing Director',"
                + " 'SOFTWARE', 250, 'ES', TRUE, ?, ?, 0)")) {
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                String email = "ana." + i + "@acme-soft.com";
                insert.setObject(1, id);
                insert.setString(2, "cluster-" + i);
                insert.setString(3, email);
                insert.setString(4, email);
                insert.setTimestamp(5, now);
                insert.setTimestamp(6, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return ids;
    }

    private static List<Instant> jobsCreated(Connection sql) {
        List<Instant> created = new ArrayList<>();
        try (PreparedStatement query = sql.prepareStatement("SELECT created_at FROM rescoring_jobs");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                created.add(rows.getTimestamp(1).toInstant());
            }
        } catch (SQLException e) {
            return List.of();
        }
        return created;
    }

    /** Jobs per firing: the cron fires every {@value #SLOT_SECONDS} s, on seconds that are multiples of it. */
    private static Map<Long, Integer> slots(List<Instant> created) {
        Map<Long, Integer> perSlot = new HashMap<>();
        created.forEach(at -> perSlot.merge(at.getEpochSecond() / SLOT_SECONDS, 1, Integer::sum));
        return perSlot;
    }

    /** Decisions per lead written as of the job's instant: a rescoring decision records the job's asOf. */
    private static Map<UUID, Integer> decisionsOfTheJob(Connection sql, Instant asOf) throws SQLException {
        Map<UUID, Integer> perLead = new HashMap<>();
        try (PreparedStatement query = sql.prepareStatement("SELECT lead_id, COUNT(*) FROM decisions"
                + " WHERE as_of = ? GROUP BY lead_id")) {
            query.setTimestamp(1, Timestamp.from(asOf));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    perLead.put(rows.getObject(1, UUID.class), rows.getInt(2));
                }
            }
        }
        return perLead;
    }

    private static int undonePages(Connection sql, UUID job) throws SQLException {
        try (PreparedStatement query = sql.prepareStatement("SELECT COUNT(*) FROM rescoring_pages WHERE job_id = ?"
                + " AND NOT done")) {
            query.setObject(1, job);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static <T> T await(Supplier<T> read, Predicate<T> until) {
        Instant deadline = Instant.now().plus(PATIENCE);
        T seen = read.get();
        while (!until.test(seen)) {
            assertThat(Instant.now()).as("waited for: " + seen).isBefore(deadline);
            pause();
            seen = read.get();
        }
        return seen;
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
