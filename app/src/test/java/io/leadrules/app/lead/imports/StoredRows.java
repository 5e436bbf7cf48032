package io.leadrules.app.lead.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the database holds about the leads of one tag, with the tag and every id written out of it, so that the leads
 * of two tags stored the same way compare equal row for row.
 */
final class StoredRows {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final String OF_TAG = " WHERE l.external_id LIKE :tag";

    private final JdbcClient jdbc;
    private final String tag;

    StoredRows(JdbcClient jdbc, String tag) {
        this.jdbc = jdbc;
        this.tag = tag;
    }

    List<Map<String, Object>> leads() {
        return rows("SELECT l.external_id, l.email, l.email_key, l.first_name, l.job_title, l.industry, l.company_size,"
                + " l.annual_revenue, l.country, l.attributes, l.consent_data_processing, l.created_at, l.updated_at,"
                + " l.score, l.grade, l.temperature, l.stage, l.funnel_stage, l.priority, l.ruleset_version,"
                + " l.decided_at, l.version FROM leads l" + OF_TAG + " ORDER BY l.external_id");
    }

    List<Map<String, Object>> activities() {
        return rows("SELECT l.external_id, a.activity_id, a.type, a.occurred_at, a.detail, a.activity_value,"
                + " a.properties, a.received_at FROM activities a JOIN leads l ON l.id = a.lead_id" + OF_TAG
                + " ORDER BY l.external_id, a.activity_id");
    }

    List<Map<String, Object>> decisions() {
        return rows("SELECT l.external_id, d.sequence_number, d.as_of, d.decided_at, d.ruleset_version, d.score,"
                + " d.stage, d.temperature, d.input_snapshot, d.result FROM decisions d"
                + " JOIN leads l ON l.id = d.lead_id" + OF_TAG + " ORDER BY l.external_id, d.sequence_number");
    }

    /** The audit entries about the leads (sealed or waiting): who, what and about which lead, in order per lead. */
    List<Map<String, Object>> auditActions() {
        String entries = "SELECT actor, action, subject_id, id FROM audit_entries WHERE subject_type = 'lead'"
                + " UNION ALL SELECT actor, action, subject_id, id FROM audit_unsealed_entries"
                + " WHERE subject_type = 'lead'";
        return rows("SELECT l.external_id, e.actor, e.action FROM (" + entries + ") e"
                + " JOIN leads l ON CAST(l.id AS VARCHAR(100)) = e.subject_id" + OF_TAG
                + " ORDER BY l.external_id, e.action");
    }

    private List<Map<String, Object>> rows(String sql) {
        return jdbc.sql(sql).param("tag", tag + "-%").query().listOfRows().stream().map(this::plain).toList();
    }

    private Map<String, Object> plain(Map<String, Object> row) {
        Map<String, Object> plain = new LinkedHashMap<>();
        row.forEach((column, value) -> plain.put(column, value instanceof String text
                ? UUID_TEXT.matcher(text.replace(tag, "TAG")).replaceAll("ID") : value));
        return plain;
    }
}
