package io.leadrules.app.lead.outcome;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The counts of one import as it goes, and the first rejected rows met: the list is capped, the counts are not. A
 * row's lead is looked for when its chunk is stored, after later rows were read, so the list is put in line order at
 * the end.
 */
final class ImportTally {

    static final int LISTED = 100;

    private final UUID importId;
    private final List<RejectedRow> listed = new ArrayList<>();
    private long imported;
    private long duplicates;
    private long rejected;
    private long leftOut;

    ImportTally(UUID importId) {
        this.importId = importId;
    }

    UUID importId() {
        return importId;
    }

    void imported() {
        imported++;
    }

    void duplicate() {
        duplicates++;
    }

    /** One row not stored, for these reasons. */
    void rejected(List<RejectedRow> reasons) {
        rejected++;
        reasons.forEach(this::list);
    }

    private void list(RejectedRow reason) {
        if (listed.size() < LISTED) {
            listed.add(reason);
        } else {
            leftOut++;
        }
    }

    OutcomesImported answer() {
        List<RejectedRow> inLineOrder = listed.stream().sorted(Comparator.comparingLong(RejectedRow::line)).toList();
        return new OutcomesImported(importId, imported, duplicates, rejected, inLineOrder, leftOut);
    }
}
