package io.leadrules.app.rescoring;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The leads a rescoring job visits: every stored lead that is not erased, by id, one page at a time (keyset paging:
 * the next page starts after the last id of the previous one, so a page costs the same at lead 200,000 as at lead 0,
 * and leads created meanwhile are not skipped or visited twice).
 */
@Repository
class RescoringCandidates {

    private final JdbcClient jdbc;

    RescoringCandidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int count() {
        return jdbc.sql("SELECT COUNT(*) FROM leads WHERE erased_at IS NULL").query(Integer.class).single();
    }

    /** At most {@code limit} ids after {@code after} (from the first when null), in id order. */
    List<UUID> after(UUID after, int limit) {
        if (after == null) {
            return jdbc.sql("SELECT id FROM leads WHERE erased_at IS NULL ORDER BY id LIMIT :limit")
                    .param("limit", limit).query(UUID.class).list();
        }
        return jdbc.sql("SELECT id FROM leads WHERE erased_at IS NULL AND id > :after ORDER BY id LIMIT :limit")
                .param("after", after).param("limit", limit).query(UUID.class).list();
    }

    /** The ids after {@code after} (from the first when null) up to and including {@code last}, in id order. */
    List<UUID> between(UUID after, UUID last) {
        if (after == null) {
            return jdbc.sql("SELECT id FROM leads WHERE erased_at IS NULL AND id <= :last ORDER BY id")
                    .param("last", last).query(UUID.class).list();
        }
        return jdbc.sql("SELECT id FROM leads WHERE erased_at IS NULL AND id > :after AND id <= :last ORDER BY id")
                .param("after", after).param("last", last).query(UUID.class).list();
    }
}
