package io.leadrules.app.lead.outcome;

/**
 * What became of a lead, as a CRM records it. The names are stored and answered as they are: never rename one, only
 * add. A lead may have several (CONVERTED, then WON).
 */
public enum Outcome {
    /** The lead became an opportunity (or whatever the business counts as converted). */
    CONVERTED,
    /** A deal was won. */
    WON,
    /** A deal was lost. */
    LOST,
    /** The lead was judged not to be a prospect at all. */
    DISQUALIFIED;

    /** Whether a lead with this outcome counts as converted in a backtest: CONVERTED and WON do. */
    public boolean converted() {
        return this == CONVERTED || this == WON;
    }
}
