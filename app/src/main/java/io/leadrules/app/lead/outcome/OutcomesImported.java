package io.leadrules.app.lead.outcome;

import java.util.List;
import java.util.UUID;

/**
 * The answer of an import. Counts are of rows: {@code imported} stored, {@code duplicates} already stored exactly so
 * (by an earlier import, a post, or an earlier row of this file), {@code rejected} not stored. {@code rejectedRows}
 * names the first {@value ImportTally#LISTED} problems, in line order; {@code rejectedRowsLeftOut} counts the rest.
 */
record OutcomesImported(UUID importId, long imported, long duplicates, long rejected, List<RejectedRow> rejectedRows,
                        long rejectedRowsLeftOut) {
}
