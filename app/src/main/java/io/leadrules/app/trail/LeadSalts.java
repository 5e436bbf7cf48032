package io.leadrules.app.trail;

import java.security.SecureRandom;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The random salt of each lead's personal digests ({@code audit_salts}). Callers hold the lead's row lock, so a salt
 * is created once. Erasure deletes it.
 */
@Repository
class LeadSalts {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    LeadSalts(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    Optional<byte[]> find(UUID leadId) {
        return jdbc.sql("SELECT salt FROM audit_salts WHERE lead_id = :lead").param("lead", leadId)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    /**
     * The salts of a page of leads in one query, and a new one made (in one batch) for each lead that had none: what
     * {@link #existingOrNew} does for one lead, without a query per lead.
     */
    Map<UUID, byte[]> existingOrNew(Collection<UUID> leadIds) {
        Map<UUID, byte[]> found = new HashMap<>();
        if (leadIds.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT lead_id, salt FROM audit_salts WHERE lead_id IN (:leads)").param("leads", leadIds)
                .query(rs -> {
                    found.put(rs.getObject(1, UUID.class), rs.getBytes(2));
                });
        List<Map.Entry<UUID, byte[]>> made = leadIds.stream().distinct().filter(id -> !found.containsKey(id))
                .map(id -> Map.entry(id, newSalt())).toList();
        template.batchUpdate("INSERT INTO audit_salts (lead_id, salt) VALUES (?, ?)", made, made.size(),
                (statement, salt) -> {
                    statement.setObject(1, salt.getKey());
                    statement.setBytes(2, salt.getValue());
                });
        made.forEach(salt -> found.put(salt.getKey(), salt.getValue()));
        return found;
    }

    byte[] existingOrNew(UUID leadId) {
        return find(leadId).orElseGet(() -> create(leadId));
    }

    /** A new random salt for a lead that has none (a second one is refused by the primary key). */
    byte[] create(UUID leadId) {
        byte[] salt = newSalt();
        jdbc.sql("INSERT INTO audit_salts (lead_id, salt) VALUES (:lead, :salt)").param("lead", leadId)
                .param("salt", salt).update();
        return salt;
    }

    private static byte[] newSalt() {
        byte[] salt = new byte[32];
        RANDOM.nextBytes(salt);
        return salt;
    }

    void destroy(UUID leadId) {
        jdbc.sql("DELETE FROM audit_salts WHERE lead_id = :lead").param("lead", leadId).update();
    }
}
