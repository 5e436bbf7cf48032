package io.leadrules.rules.dataset;

import java.util.Locale;
import java.util.Optional;

/**
 * What became of a dataset's lead, as its {@code outcome} cell says: the outcomes a stored lead may have, plus the
 * plain yes/no of a sheet that only knows whether the lead converted, and {@link #NONE} for an empty cell (the
 * outcome is not known yet).
 */
public enum DatasetOutcome {
    CONVERTED(true), WON(true), LOST(false), DISQUALIFIED(false),
    /** Written as no, false, n or 0: the lead did not convert, nothing more is known. */
    NOT_CONVERTED(false),
    /** An empty cell: no outcome (yet). */
    NONE(false);

    private final boolean converted;

    DatasetOutcome(boolean converted) {
        this.converted = converted;
    }

    /** CONVERTED and WON (and yes, true, y, 1) count as converted; everything else does not. */
    public boolean converted() {
        return converted;
    }

    /** Whether the cell gave an outcome at all. */
    public boolean known() {
        return this != NONE;
    }

    /** The outcome a cell's text names, ignoring case and blanks around it; empty when it names none. */
    static Optional<DatasetOutcome> of(String text) {
        return Optional.ofNullable(switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "" -> NONE;
            case "converted", "yes", "y", "true", "1" -> CONVERTED;
            case "won" -> WON;
            case "lost" -> LOST;
            case "disqualified" -> DISQUALIFIED;
            case "no", "n", "false", "0" -> NOT_CONVERTED;
            default -> null;
        });
    }
}
