package io.leadrules.app.idempotency;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The keys and their first answers ({@code idempotency_keys}, V16). Each statement commits on its own: the claim
 * must be visible to a concurrent request with the same key before the first request's effect begins, and must
 * survive a crash that happens after the effect committed, so that the effect never stands without its key.
 */
@Repository
class IdempotencyKeys {

    private static final String IN_FLIGHT = "IN_FLIGHT";
    private static final String DONE = "DONE";

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Holds the key for this request, or says who holds it; an expired holder is forgotten first. */
    KeyClaim claim(String scope, String key, String requestHash, Instant now, Instant expiresAt) {
        jdbc.sql("DELETE FROM idempotency_keys WHERE scope = :scope AND idem_key = :key AND expires_at <= :now")
                .param("scope", scope).param("key", key).param("now", Timestamp.from(now)).update();
        try {
            jdbc.sql("INSERT INTO idempotency_keys (scope, idem_key, request_hash, state, created_at, expires_at)"
                            + " VALUES (:scope, :key, :hash, :state, :now, :expires)")
                    .param("scope", scope).param("key", key).param("hash", requestHash).param("state", IN_FLIGHT)
                    .param("now", Timestamp.from(now)).param("expires", Timestamp.from(expiresAt)).update();
            return new KeyClaim.Claimed();
        } catch (DuplicateKeyException held) {
            return holder(scope, key).orElseGet(() -> claim(scope, key, requestHash, now, expiresAt));
        }
    }

    /** Keeps the answer of the request that holds the key. */
    void complete(String scope, String key, KeptAnswer answer) {
        jdbc.sql("UPDATE idempotency_keys SET state = :state, status = :status, headers = :headers, body = :body"
                        + " WHERE scope = :scope AND idem_key = :key")
                .param("state", DONE).param("status", answer.status()).param("headers", lines(answer.headers()))
                .param("body", answer.body()).param("scope", scope).param("key", key).update();
    }

    /** Forgets a key whose request failed (a 5xx or an exception), so that a retry runs again. */
    void release(String scope, String key) {
        jdbc.sql("DELETE FROM idempotency_keys WHERE scope = :scope AND idem_key = :key")
                .param("scope", scope).param("key", key).update();
    }

    /**
     * Drops the kept answers about a lead (sent to a path of {@code /api/v1/leads}, and naming its id in the path,
     * {@code Location} or body), keeping the key and a note that the answer was withheld: the key still answers, but
     * no longer with the person's data. Reads only the answers of lead requests, one at a time; answers how many.
     */
    int withholdAbout(UUID leadId) {
        String id = leadId.toString();
        List<Row> about = jdbc.sql("SELECT scope, idem_key, headers, body FROM idempotency_keys WHERE state = :state"
                        + " AND headers LIKE :leads")
                .param("state", DONE).param("leads", "%" + KeptAnswers.PATH + ": /api/v1/leads%")
                .query((row, number) -> mentions(row, id) ? new Row(row.getString("scope"), row.getString("idem_key"),
                        row.getString("headers")) : null)
                .list().stream().filter(Objects::nonNull).toList();
        for (Row answer : about) {
            Map<String, String> headers = headers(answer.headers());
            headers.put(KeptAnswers.WITHHELD, "erased");
            jdbc.sql("UPDATE idempotency_keys SET headers = :headers, body = NULL WHERE scope = :scope"
                            + " AND idem_key = :key")
                    .param("headers", lines(headers)).param("scope", answer.scope()).param("key", answer.key())
                    .update();
        }
        return about.size();
    }

    /** A kept answer's key and headers. */
    private record Row(String scope, String key, String headers) {
    }

    private static boolean mentions(ResultSet row, String id) throws SQLException {
        byte[] body = row.getBytes("body");
        return row.getString("headers").contains(id)
                || body != null && new String(body, StandardCharsets.UTF_8).contains(id);
    }

    /** Deletes every key expired at {@code now}; answers how many. */
    int purge(Instant now) {
        return jdbc.sql("DELETE FROM idempotency_keys WHERE expires_at <= :now").param("now", Timestamp.from(now))
                .update();
    }

    private Optional<KeyClaim> holder(String scope, String key) {
        return jdbc.sql("SELECT request_hash, state, status, headers, body FROM idempotency_keys"
                        + " WHERE scope = :scope AND idem_key = :key")
                .param("scope", scope).param("key", key).query(IdempotencyKeys::held).optional();
    }

    private static KeyClaim held(ResultSet row, int number) throws SQLException {
        KeptAnswer answer = DONE.equals(row.getString("state"))
                ? new KeptAnswer(row.getInt("status"), headers(row.getString("headers")), row.getBytes("body"))
                : null;
        return new KeyClaim.Held(row.getString("request_hash"), answer);
    }

    private static String lines(Map<String, String> headers) {
        StringBuilder lines = new StringBuilder();
        headers.forEach((name, value) -> lines.append(name).append(": ").append(value).append('\n'));
        return lines.toString();
    }

    private static Map<String, String> headers(String lines) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : lines == null ? new String[0] : lines.split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                headers.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        return headers;
    }
}
