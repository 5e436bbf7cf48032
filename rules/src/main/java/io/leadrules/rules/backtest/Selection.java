package io.leadrules.rules.backtest;

/** Precision and recall of a yes/no selection over the leads, with the counts behind them. */
public final class Selection {

    private Selection() {
    }

    public static SelectionQuality quality(boolean[] selected, boolean[] converted) {
        Leads.sameLength(converted.length, selected.length, "selected");
        int chosen = 0;
        int caught = 0;
        for (int i = 0; i < selected.length; i++) {
            if (selected[i]) {
                chosen++;
                if (converted[i]) {
                    caught++;
                }
            }
        }
        int positives = Leads.converted(converted);
        return new SelectionQuality(selected.length, positives, chosen, caught,
                chosen == 0 ? null : (double) caught / chosen, positives == 0 ? null : (double) caught / positives);
    }
}
