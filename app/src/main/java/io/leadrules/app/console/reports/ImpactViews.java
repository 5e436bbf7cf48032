package io.leadrules.app.console.reports;

import io.leadrules.app.simulation.ImpactReport;
import io.leadrules.app.simulation.ImpactReport.ScoreShift;
import io.leadrules.app.simulation.ImpactReport.Transition;
import io.leadrules.app.simulation.Simulation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/** Builds the preview page's view of a finished simulation: tables and, from the same numbers, the charts' JSON. */
@Component
class ImpactViews {

    /** The order a reader expects each dimension's values in (best first, no value last); others follow, sorted. */
    private static final Map<String, List<String>> ORDER = Map.of(
            "stage", List.of("SQL", "MQL", "LEAD", "DISQUALIFIED", "INVALID", "NONE"),
            "temperature", List.of("HOT", "WARM", "COLD", "NONE"),
            "grade", List.of("A", "B", "C", "D", "NONE"),
            "priority", List.of("P1", "P2", "P3", "P4", "NONE"));
    static final List<String> DIMENSIONS = List.of("stage", "temperature", "grade", "priority");
    static final List<String> PERCENTILES = List.of("min", "p10", "p25", "median", "p75", "p90", "max");

    /** A filter of the preview form: its request parameter, its dimension and the values a person may tick. */
    record Filter(String param, String dimension, List<String> values) {
    }

    static final List<Filter> FILTERS = List.of(new Filter("stages", "stage", ORDER.get("stage")),
            new Filter("temperatures", "temperature", ORDER.get("temperature")),
            new Filter("grades", "grade", ORDER.get("grade")),
            new Filter("priorities", "priority", ORDER.get("priority")));

    private final ChartJson charts;

    ImpactViews(ChartJson charts) {
        this.charts = charts;
    }

    ImpactView of(Simulation simulation, Reading reading) {
        ImpactReport report = simulation.report();
        List<ImpactView.Dimension> dimensions = DIMENSIONS.stream()
                .map(name -> dimension(name, simulation, reading)).toList();
        return new ImpactView(report, dimensions, shiftChart(report.scoreShift(), reading));
    }

    private ImpactView.Dimension dimension(String name, Simulation simulation, Reading reading) {
        Map<String, Integer> before = counts(simulation.report().before(), name);
        Map<String, Integer> after = counts(simulation.report().after(), name);
        List<String> values = ordered(name, before, after);
        List<ImpactView.Count> counts = values.stream().map(value -> new ImpactView.Count(value,
                before.getOrDefault(value, 0), after.getOrDefault(value, 0))).toList();
        ChartConfig chart = ChartConfig.bar(values.stream().map(value -> label(value, reading)).toList())
                .dataset(reading.text("reports.preview.before", simulation.baselineVersion()),
                        counts.stream().map(ImpactView.Count::before).toList())
                .dataset(reading.text("reports.preview.after", simulation.rulesetVersion()),
                        counts.stream().map(ImpactView.Count::after).toList())
                .axes(reading.text("reports.preview.dimension." + name), reading.text("reports.preview.leads"), 0, null)
                .wholeNumbers();
        TransitionMatrix matrix = TransitionMatrix.of(values, before, moves(simulation.report(), name));
        return new ImpactView.Dimension(name, counts, charts.of(chart), matrix);
    }

    /** The score shift's percentiles as bars: the report keeps these, not every lead's shift. */
    private String shiftChart(ScoreShift shift, Reading reading) {
        if (shift == null || shift.min() == null) {
            return null;
        }
        List<Integer> values = Arrays.asList(shift.min(), shift.p10(), shift.p25(), shift.median(), shift.p75(),
                shift.p90(), shift.max());
        List<String> labels = PERCENTILES.stream().map(p -> reading.text("reports.preview.shift." + p)).toList();
        return charts.of(ChartConfig.bar(labels)
                .dataset(reading.text("reports.preview.shift.points"), values)
                .axes(reading.text("reports.preview.shift.percentile"), reading.text("reports.preview.shift.points"),
                        null, null));
    }

    private static String label(String value, Reading reading) {
        return "NONE".equals(value) ? reading.text("reports.preview.none") : value;
    }

    private static List<String> ordered(String name, Map<String, Integer> before, Map<String, Integer> after) {
        TreeSet<String> seen = new TreeSet<>(before.keySet());
        seen.addAll(after.keySet());
        List<String> known = ORDER.get(name);
        List<String> values = new ArrayList<>(known.stream().filter(seen::contains).toList());
        seen.stream().filter(value -> !known.contains(value)).sorted(Comparator.naturalOrder()).forEach(values::add);
        return values;
    }

    private static Map<String, Integer> counts(ImpactReport.Counts counts, String name) {
        Map<String, Integer> found = switch (name) {
            case "stage" -> counts.stage();
            case "temperature" -> counts.temperature();
            case "grade" -> counts.grade();
            default -> counts.priority();
        };
        return found == null ? Map.of() : found;
    }

    private static List<Transition> moves(ImpactReport report, String name) {
        List<Transition> found = switch (name) {
            case "stage" -> report.transitions().stage();
            case "temperature" -> report.transitions().temperature();
            case "grade" -> report.transitions().grade();
            default -> report.transitions().priority();
        };
        return found == null ? List.of() : found;
    }
}
