package io.leadrules.app.trail;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code audit_unsealed_entries}, {@code audit_entries} and {@code audit_blocks} tables. Reading sealed entries and
 * blocks is public (verification and the events list); writing is the trail's: one batch of INSERTs into the unsealed
 * table per transaction, and the sealer moving each block's entries into {@code audit_entries}, numbered and hashed.
 */
@Repository
public class SealedEntries {

    public static final String ENTRY_COLUMNS = "id, sequence_number, block_number, recorded_at, actor, action,"
            + " subject_type, subject_id, digest, personal_digest, entry_hash";
    private static final String BLOCK_COLUMNS = "block_number, first_sequence, last_sequence, merkle_root,"
            + " previous_hash, block_hash, signature, sealed_at";
    public static final RowMapper<SealedEntry> ENTRY = (rs, n) -> new SealedEntry(rs.getLong(1),
            (Long) rs.getObject(2, Long.class), (Long) rs.getObject(3, Long.class),
            rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5), rs.getString(6), rs.getString(7),
            rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11));
    private static final RowMapper<BlockHead> BLOCK = (rs, n) -> new BlockHead(rs.getLong(1), rs.getLong(2),
            rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
            rs.getObject(8, OffsetDateTime.class).toInstant());

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    SealedEntries(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** One entry to append, as {@link AuditTrail} collects them in a transaction. */
    record NewEntry(Instant at, String actor, AuditAction action, String subjectType, String subjectId,
                    AuditDigest digest) {
    }

    /** Appends the entries of one transaction in one batch, unsealed. */
    void insert(List<NewEntry> batch) {
        template.batchUpdate("INSERT INTO audit_unsealed_entries (recorded_at, actor, action, subject_type, subject_id,"
                + " digest, personal_digest) VALUES (?, ?, ?, ?, ?, ?, ?)", batch, batch.size(), (statement, entry) -> {
                    statement.setTimestamp(1, Timestamp.from(entry.at()));
                    statement.setString(2, entry.actor());
                    statement.setString(3, entry.action().name());
                    statement.setString(4, entry.subjectType());
                    statement.setString(5, entry.subjectId());
                    statement.setString(6, entry.digest().digest());
                    statement.setString(7, entry.digest().personalDigest());
                });
    }

    /**
     * The oldest committed entries not sealed yet, in insertion order (no sequence, block or hash yet). The empty
     * sequence and block are typed: PostgreSQL types a bare {@code NULL} as text, which {@link #ENTRY} cannot read as a
     * number.
     */
    List<SealedEntry> unsealed(int limit) {
        return jdbc.sql("SELECT id, CAST(NULL AS BIGINT), CAST(NULL AS BIGINT), recorded_at, actor, action,"
                + " subject_type, subject_id, digest, personal_digest, NULL FROM audit_unsealed_entries"
                + " ORDER BY id LIMIT :limit")
                .param("limit", limit).query(ENTRY).list();
    }

    /**
     * Moves one block's entries into {@code audit_entries}, numbered and hashed, in two batches: {@code hashes[i]} is
     * entry i's, numbered first + i, with its digest as the sealer completed it (the sealer takes those a writer left
     * pending).
     */
    void seal(List<SealedEntry> block, long first, long number, List<String> hashes) {
        template.batchUpdate("INSERT INTO audit_entries (sequence_number, block_number, entry_hash, recorded_at, actor,"
                + " action, subject_type, subject_id, digest, personal_digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement statement, int i) throws SQLException {
                        SealedEntry entry = block.get(i);
                        statement.setLong(1, first + i);
                        statement.setLong(2, number);
                        statement.setString(3, hashes.get(i));
                        statement.setTimestamp(4, Timestamp.from(entry.recordedAt()));
                        statement.setString(5, entry.actor());
                        statement.setString(6, entry.action());
                        statement.setString(7, entry.subjectType());
                        statement.setString(8, entry.subjectId());
                        statement.setString(9, entry.digest());
                        statement.setString(10, entry.personalDigest());
                    }

                    @Override
                    public int getBatchSize() {
                        return block.size();
                    }
                });
        template.batchUpdate("DELETE FROM audit_unsealed_entries WHERE id = ?", block, block.size(),
                (statement, entry) -> statement.setLong(1, entry.id()));
    }

    void insertBlock(BlockHead head) {
        jdbc.sql("INSERT INTO audit_blocks (" + BLOCK_COLUMNS + ") VALUES (:number, :first, :last, :root, :previous,"
                        + " :hash, :signature, :at)").param("number", head.number())
                .param("first", head.firstSequence()).param("last", head.lastSequence())
                .param("root", head.merkleRoot()).param("previous", head.previousHash()).param("hash", head.hash())
                .param("signature", head.signature()).param("at", Timestamp.from(head.sealedAt())).update();
    }

    public Optional<BlockHead> lastBlock() {
        return jdbc.sql("SELECT " + BLOCK_COLUMNS + " FROM audit_blocks ORDER BY block_number DESC LIMIT 1")
                .query(BLOCK).optional();
    }

    /** Blocks in order, a page at a time. */
    public List<BlockHead> blocks(long fromNumber, int limit) {
        return jdbc.sql("SELECT " + BLOCK_COLUMNS + " FROM audit_blocks WHERE block_number >= :from"
                + " ORDER BY block_number LIMIT :limit").param("from", fromNumber).param("limit", limit)
                .query(BLOCK).list();
    }

    /** The entries with sequence numbers in the range, in sequence order. */
    public List<SealedEntry> sequenceRange(long first, long last) {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM audit_entries WHERE sequence_number BETWEEN :first AND"
                        + " :last ORDER BY sequence_number").param("first", first).param("last", last)
                .query(ENTRY).list();
    }

    /** Sealed entries that claim a block, but outside every block's range (or in a block that is gone). */
    public long strays(long lastSequence) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE sequence_number > :last").param("last", lastSequence)
                .query(Long.class).single();
    }

    /**
     * The first row of {@code audit_entries} without a sequence number: the sealer numbers every entry it moves there,
     * so only SQL typed by hand leaves one.
     */
    public Optional<Long> unnumbered() {
        return jdbc.sql("SELECT id FROM audit_entries WHERE sequence_number IS NULL ORDER BY id LIMIT 1")
                .query(Long.class).optional();
    }

    /** The entries about a subject with this action, oldest first. */
    public List<SealedEntry> about(String subjectId, AuditAction action) {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM audit_entries WHERE subject_id = :subject AND action ="
                        + " :action ORDER BY id").param("subject", subjectId).param("action", action.name())
                .query(ENTRY).list();
    }
}
