package io.leadrules.app.rescoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code rescoring_pages} table: the pages a rescoring job was cut into, each a range of lead ids, and whether it
 * is done. A page is marked done by the transaction that writes its decisions, and only once: the mark is conditional,
 * so of two instances that ran one page (the first was thought dead) the second commits nothing.
 */
@Repository
class RescoringPages {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    RescoringPages(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** A page: the leads with ids after {@code after} (from the first when null) up to and including {@code last}. */
    record Page(UUID jobId, int number, UUID after, UUID last) {
    }

    void insert(List<Page> pages) {
        List<Object[]> rows = new ArrayList<>(pages.size());
        pages.forEach(page -> rows.add(new Object[] {page.jobId(), page.number(), page.after(), page.last()}));
        batches.batchUpdate("INSERT INTO rescoring_pages (job_id, page, first_after, last_id, done)"
                + " VALUES (?, ?, ?, ?, FALSE)", rows);
    }

    /** The job's pages not done yet, in order. */
    List<Page> undone(UUID jobId) {
        return jdbc.sql("SELECT job_id, page, first_after, last_id FROM rescoring_pages WHERE job_id = :job"
                        + " AND NOT done ORDER BY page").param("job", jobId).query(RescoringPages::page).list();
    }

    private static Page page(ResultSet rs, int row) throws SQLException {
        return new Page(rs.getObject(1, UUID.class), rs.getInt(2), rs.getObject(3, UUID.class),
                rs.getObject(4, UUID.class));
    }

    boolean planned(UUID jobId) {
        return jdbc.sql("SELECT COUNT(*) FROM rescoring_pages WHERE job_id = :job").param("job", jobId)
                .query(Integer.class).single() > 0;
    }

    /** The page, unless it is done (or gone). */
    Optional<Page> undone(UUID jobId, int number) {
        return jdbc.sql("SELECT job_id, page, first_after, last_id FROM rescoring_pages WHERE job_id = :job"
                        + " AND page = :page AND NOT done").param("job", jobId).param("page", number)
                .query(RescoringPages::page).optional();
    }

    /**
     * Marks the page done, in the caller's transaction, which then holds the page's row lock until it commits: a
     * second run of the page waits here, and then finds it done. False when it was done already.
     */
    boolean markDone(UUID jobId, int number) {
        return jdbc.sql("UPDATE rescoring_pages SET done = TRUE WHERE job_id = :job AND page = :page AND NOT done")
                .param("job", jobId).param("page", number).update() == 1;
    }
}
