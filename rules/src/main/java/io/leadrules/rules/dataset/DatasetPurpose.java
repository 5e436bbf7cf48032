package io.leadrules.rules.dataset;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a file of leads is read for, which decides the columns it must and may have. A backtest needs when each lead
 * was created and what became of it; bulk scoring needs neither and may say when to score each lead ({@code asOf}).
 * Both read the lead's own columns the same way.
 */
public enum DatasetPurpose {
    BACKTEST(List.of(DatasetColumn.CREATED_AT, DatasetColumn.OUTCOME),
            EnumSet.complementOf(EnumSet.of(DatasetColumn.AS_OF))),
    SCORING(List.of(), EnumSet.of(DatasetColumn.ID, DatasetColumn.CREATED_AT, DatasetColumn.AS_OF));

    private final List<DatasetColumn> required;
    private final Set<DatasetColumn> allowed;

    DatasetPurpose(List<DatasetColumn> required, Set<DatasetColumn> allowed) {
        this.required = required;
        this.allowed = allowed;
    }

    List<DatasetColumn> required() {
        return required;
    }

    boolean allows(DatasetColumn column) {
        return allowed.contains(column);
    }

    /**
     * What the activities' offsets ({@code +2d}) count from: the lead's creation, else (scoring) the row's
     * {@code asOf}, else the instant the reading started.
     */
    Instant offsetsFrom(Instant createdAt, Instant asOf, Instant readingStarted) {
        if (createdAt != null) {
            return createdAt;
        }
        return asOf != null ? asOf : readingStarted;
    }
}
