package io.leadrules.app.console.reports;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart's configuration as the JSON text of a canvas's {@code data-chart} attribute, written by the app's own mapper.
 * Thymeleaf escapes the attribute, so a label taken from data stays text the browser decodes, never script.
 */
@Component
class ChartJson {

    private final JsonMapper json;

    ChartJson(JsonMapper json) {
        this.json = json;
    }

    String of(ChartConfig chart) {
        return json.writeValueAsString(chart.toMap());
    }
}
