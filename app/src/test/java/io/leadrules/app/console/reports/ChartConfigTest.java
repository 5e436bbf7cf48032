package io.leadrules.app.console.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.console.reports.ChartConfig.Point;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Chart.js configurations as the pages carry them: the numbers given, each dataset its own colour, nothing else. */
class ChartConfigTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aGroupedBarChartCarriesItsLabelsAndOneValuePerLabelInEachDatasetEachInItsOwnColour() {
        JsonNode chart = json(ChartConfig.bar(List.of("SQL", "MQL")).dataset("Before", List.of(3, 1))
                .dataset("After", List.of(2, 2)).axes("Stage", "Leads", 0, null).wholeNumbers());

        assertThat(chart.get("type").asString()).isEqualTo("bar");
        assertThat(chart.get("data").get("labels").toString()).isEqualTo("[\"SQL\",\"MQL\"]");
        JsonNode datasets = chart.get("data").get("datasets");
        assertThat(datasets.get(0).get("data").toString()).isEqualTo("[3,1]");
        assertThat(datasets.get(1).get("label").asString()).isEqualTo("After");
        assertThat(datasets.get(0).get("backgroundColor").asString()).isEqualTo(ChartConfig.PALETTE.get(0));
        assertThat(datasets.get(1).get("backgroundColor").asString()).isEqualTo(ChartConfig.PALETTE.get(1));
        JsonNode y = chart.get("options").get("scales").get("y");
        assertThat(y.get("min").asInt()).isZero();
        assertThat(y.has("max")).as("left to Chart.js").isFalse();
        assertThat(y.get("ticks").get("precision").asInt()).isZero();
        assertThat(y.get("title").get("text").asString()).isEqualTo("Leads");
    }

    @Test
    void aScatterChartJoinsItsPointsAndDrawsAReferenceDashedWithoutPoints() {
        JsonNode chart = json(ChartConfig.scatter()
                .points("Version 2", List.of(new Point(0, 0), new Point(0.1, 0.3)), true)
                .reference("At random", List.of(new Point(0, 0), new Point(1, 1))));

        JsonNode datasets = chart.get("data").get("datasets");
        assertThat(chart.get("data").has("labels")).isFalse();
        assertThat(datasets.get(0).get("data").get(1).get("x").asDouble()).isEqualTo(0.1);
        assertThat(datasets.get(0).get("data").get(1).get("y").asDouble()).isEqualTo(0.3);
        assertThat(datasets.get(0).get("showLine").asBoolean()).isTrue();
        assertThat(datasets.get(1).get("borderDash").toString()).isEqualTo("[6,4]");
        assertThat(datasets.get(1).get("pointRadius").asInt()).isZero();
    }

    @Test
    void aMissingValueStaysAGapNeverAZero() {
        JsonNode chart = json(ChartConfig.line(List.of("1", "2")).dataset("Lift", java.util.Arrays.asList(1.5, null)));

        assertThat(chart.get("data").get("datasets").get(0).get("data").get(1).isNull()).isTrue();
    }

    @Test
    void theTransitionMatrixPutsTheLeadsThatStayedOnTheDiagonalAndShadesTheMovesByTheirSize() {
        TransitionMatrix matrix = TransitionMatrix.of(List.of("MQL", "LEAD"), Map.of("MQL", 5, "LEAD", 7),
                List.of(new io.leadrules.app.simulation.ImpactReport.Transition("LEAD", "MQL", 4),
                        new io.leadrules.app.simulation.ImpactReport.Transition("MQL", "LEAD", 1)));

        TransitionMatrix.Row mql = matrix.rows().get(0);
        TransitionMatrix.Row lead = matrix.rows().get(1);
        assertThat(mql.cells()).extracting(TransitionMatrix.Cell::leads).containsExactly(4, 1);
        assertThat(lead.cells()).extracting(TransitionMatrix.Cell::leads).containsExactly(4, 3);
        assertThat(mql.cells().get(0).same()).isTrue();
        assertThat(lead.cells().get(0).shade()).as("the largest move").isEqualTo(4);
        assertThat(mql.cells().get(1).shade()).isEqualTo(1);
    }

    private static JsonNode json(ChartConfig chart) {
        return JSON.readTree(JSON.writeValueAsString(chart.toMap()));
    }
}
