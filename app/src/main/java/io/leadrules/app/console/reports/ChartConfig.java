package io.leadrules.app.console.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Chart.js configuration ({@code {"type", "data", "options"}}) built in Java, so that a page's chart carries exactly
 * the numbers of the report beside it and the template holds no script: the page puts {@link #toMap()}, serialised,
 * in a canvas's {@code data-chart} attribute, and console.js draws it. Bar, line and scatter charts with labels and
 * datasets; each dataset takes the next colour of {@link #PALETTE}.
 */
public final class ChartConfig {

    /**
     * Okabe and Ito's palette, told apart by readers with any common colour blindness; the order puts the two most
     * distinct first (a report's two sides: candidate and current). Yellow is left out: too pale on white.
     */
    public static final List<String> PALETTE = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9",
            "#E69F00", "#000000");

    /** A point of a scatter or line chart on a numeric axis. */
    public record Point(double x, double y) {
    }

    private final String type;
    private final List<String> labels;
    private final List<Map<String, Object>> datasets = new ArrayList<>();
    private final Map<String, Object> scales = new LinkedHashMap<>();

    private ChartConfig(String type, List<String> labels) {
        this.type = type;
        this.labels = labels == null ? null : List.copyOf(labels);
    }

    /** Bars over categories: one bar per label in each dataset, the datasets grouped side by side. */
    public static ChartConfig bar(List<String> labels) {
        return new ChartConfig("bar", labels);
    }

    /** Lines over categories. */
    public static ChartConfig line(List<String> labels) {
        return new ChartConfig("line", labels);
    }

    /** Points on two numeric axes ({@link #points}); a dataset may join its points with a line. */
    public static ChartConfig scatter() {
        return new ChartConfig("scatter", null);
    }

    /** A dataset of one value per label (null: no value, a gap). */
    public ChartConfig dataset(String label, List<? extends Number> values) {
        return add(label, new ArrayList<Object>(values), false);
    }

    /** A dataset of points; {@code joined} draws a line through them in order. */
    public ChartConfig points(String label, List<Point> points, boolean joined) {
        List<Object> data = points.stream().<Object>map(point -> Map.of("x", point.x(), "y", point.y())).toList();
        return add(label, data, joined);
    }

    /** A dashed, grey line: a reference such as the diagonal of a calibration chart or random selection. */
    public ChartConfig reference(String label, List<Point> points) {
        points(label, points, true);
        Map<String, Object> last = datasets.get(datasets.size() - 1);
        last.put("borderColor", "#52606d");
        last.put("backgroundColor", "#52606d");
        last.put("borderDash", List.of(6, 4));
        last.put("pointRadius", 0);
        return this;
    }

    /** Titles the axes and, when given, bounds them (null: Chart.js chooses). */
    public ChartConfig axes(String xTitle, String yTitle, Number yMin, Number yMax) {
        scales.put("x", axis(xTitle, null, null));
        scales.put("y", axis(yTitle, yMin, yMax));
        return this;
    }

    /** Ticks of the y axis on whole numbers only: for counts of leads, where 0.5 of a lead means nothing. */
    public ChartConfig wholeNumbers() {
        @SuppressWarnings("unchecked")
        Map<String, Object> y = (Map<String, Object>) scales.computeIfAbsent("y", key -> new LinkedHashMap<>());
        y.put("ticks", Map.of("precision", 0));
        return this;
    }

    /** The configuration as maps and lists, ready for the JSON mapper. */
    public Map<String, Object> toMap() {
        Map<String, Object> data = new LinkedHashMap<>();
        if (labels != null) {
            data.put("labels", labels);
        }
        data.put("datasets", datasets);
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("scales", scales);
        options.put("plugins", Map.of("legend", Map.of("position", "bottom")));
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", type);
        config.put("data", data);
        config.put("options", options);
        return config;
    }

    private ChartConfig add(String label, List<Object> data, boolean joined) {
        String colour = PALETTE.get(datasets.size() % PALETTE.size());
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("label", label);
        dataset.put("data", data);
        dataset.put("borderColor", colour);
        dataset.put("backgroundColor", colour);
        if (joined) {
            dataset.put("showLine", true);
        }
        datasets.add(dataset);
        return this;
    }

    private static Map<String, Object> axis(String title, Number min, Number max) {
        Map<String, Object> axis = new LinkedHashMap<>();
        axis.put("title", Map.of("display", true, "text", title));
        if (min != null) {
            axis.put("min", min);
        }
        if (max != null) {
            axis.put("max", max);
        }
        return axis;
    }
}
