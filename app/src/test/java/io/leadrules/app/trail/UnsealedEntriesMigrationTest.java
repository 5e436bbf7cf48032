package io.leadrules.app.trail;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.TestDatabase;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V9 gives unsealed entries their own table: entries a service of the previous version left unsealed (it stopped, or
 * was killed, within a second of writing them) move there in their order and are sealed by the next start; sealed
 * entries stay where they are.
 */
class UnsealedEntriesMigrationTest {

    @Test
    void entriesLeftUnsealedByThePreviousVersionWaitForTheSealerInTheirOrder() {
        DataSource database = TestDatabase.dataSource("jdbc:h2:mem:unsealed-migration;DB_CLOSE_DELAY=-1");
        migrate(database, "8");
        JdbcClient jdbc = JdbcClient.create(database);
        insert(jdbc, 1L, "LEAD_CREATED", "sealed-lead");
        insert(jdbc, null, "LEAD_CREATED", "first-waiting");
        insert(jdbc, null, "DECISION_RECORDED", "second-waiting");

        migrate(database, "9");

        assertThat(jdbc.sql("SELECT subject_id FROM audit_entries").query(String.class).list())
                .containsExactly("sealed-lead");
        List<Map<String, Object>> waiting = jdbc.sql("SELECT action, subject_id, digest FROM audit_unsealed_entries"
                + " ORDER BY id").query().listOfRows();
        assertThat(waiting).extracting(row -> row.get("SUBJECT_ID")).containsExactly("first-waiting",
                "second-waiting");
        assertThat(waiting).extracting(row -> row.get("DIGEST")).containsOnly("pending");
    }

    private static void migrate(DataSource database, String target) {
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target(target).load().migrate();
    }

    private static void insert(JdbcClient jdbc, Long sequence, String action, String subject) {
        jdbc.sql("INSERT INTO audit_entries (recorded_at, actor, action, subject_type, subject_id, digest,"
                        + " sequence_number, block_number, entry_hash) VALUES (CURRENT_TIMESTAMP, 'system', :action,"
                        + " 'lead', :subject, 'pending', :sequence, :block, :hash)")
                .param("action", action).param("subject", subject).param("sequence", sequence)
                .param("block", sequence).param("hash", sequence == null ? null : "h").update();
    }
}
