package io.leadrules.app.console.leads;

import io.leadrules.app.decision.StoredDecision;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A lead's score over time as a Chart.js line chart: one point per decision, oldest first, labelled with when it
 * was decided in the reader's language. The config is JSON written by the app's mapper from these records and put
 * in a {@code data-chart} attribute (escaped by Thymeleaf: data, never script); the page shows the same numbers in
 * a table.
 */
final class ScoreChart {

    private static final String PATTERN = "d MMM yyyy HH:mm";

    private ScoreChart() {
    }

    record Config(String type, Data data, Map<String, Object> options) {
    }

    record Data(List<String> labels, List<Dataset> datasets) {
    }

    record Dataset(String label, List<Integer> data, String borderColor, String backgroundColor, double tension,
                   boolean fill, boolean spanGaps) {
    }

    /** The chart of the decisions (newest first, as the lead's list reads them), its line named {@code label}. */
    static String json(JsonMapper json, List<StoredDecision> newestFirst, String label, Locale locale, ZoneId zone) {
        DateTimeFormatter when = DateTimeFormatter.ofPattern(PATTERN, locale).withZone(zone);
        List<String> labels = new ArrayList<>();
        List<Integer> scores = new ArrayList<>();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            labels.add(when.format(newestFirst.get(i).decidedAt()));
            scores.add(newestFirst.get(i).score());
        }
        Dataset line = new Dataset(label, scores, "#1d4ed8", "#1d4ed8", 0.2, false, true);
        Map<String, Object> options = Map.of("scales", Map.of("y", Map.of("min", 0, "max", 100)),
                "plugins", Map.of("legend", Map.of("display", false)));
        return json.writeValueAsString(new Config("line", new Data(labels, List.of(line)), options));
    }
}
