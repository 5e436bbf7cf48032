package io.leadrules.app.console.reports;

import io.leadrules.app.simulation.ImpactReport;
import java.util.List;

/**
 * An impact report as the preview page shows it: per dimension its counts before and after (a chart and a table) and
 * its transition matrix; the score shift's percentiles (a chart and a table); the top movers.
 */
record ImpactView(ImpactReport report, List<Dimension> dimensions, String shiftChart) {

    /**
     * @param name  the dimension's message key suffix: stage, temperature, grade, priority
     * @param chart the grouped bar chart of {@code counts}, as data-chart JSON
     */
    record Dimension(String name, List<Count> counts, String chart, TransitionMatrix matrix) {
    }

    /** The leads with one value before and after. */
    record Count(String value, int before, int after) {
    }
}
