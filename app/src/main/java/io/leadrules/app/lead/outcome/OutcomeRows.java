package io.leadrules.app.lead.outcome;

import java.util.List;
import java.util.Optional;

/**
 * The rows of an import, read one at a time from the body as it streams in. A row that can be told apart from the
 * next but not read (an NDJSON line that is no JSON object) comes as rejections; a file that cannot be read past a
 * point throws the {@code outcome-import-unreadable} problem.
 */
interface OutcomeRows {

    /** The columns an import may have, and the members of an NDJSON row. */
    List<String> COLUMNS = List.of("leadId", "externalId", "outcome", "occurredAt", "amount", "currency");

    /** The next row, or empty at the end of the body. */
    Optional<Read> next();

    /** A row read, or the reasons it could not be. */
    record Read(ImportRow row, List<RejectedRow> rejections) {

        static Read of(ImportRow row) {
            return new Read(row, List.of());
        }

        static Read rejected(RejectedRow rejection) {
            return new Read(null, List.of(rejection));
        }
    }
}
