package io.leadrules.app.trail;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.UUID;
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

    LeadSalts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<byte[]> find(UUID leadId) {
        return jdbc.sql("SELECT salt FROM audit_salts WHERE lead_id = :lead").param("lead", leadId)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    byte[] existingOrNew(UUID leadId) {
        return find(leadId).orElseGet(() -> create(leadId));
    }

    /** A new random salt for a lead that has none (a second one is refused by the primary key). */
    byte[] create(UUID leadId) {
        byte[] salt = new byte[32];
        RANDOM.nextBytes(salt);
        jdbc.sql("INSERT INTO audit_salts (lead_id, salt) VALUES (:lead, :salt)").param("lead", leadId)
                .param("salt", salt).update();
        return salt;
    }

    void destroy(UUID leadId) {
        jdbc.sql("DELETE FROM audit_salts WHERE lead_id = :lead").param("lead", leadId).update();
    }
}
