package io.leadrules.app.console.reports;

import static io.leadrules.app.console.reports.ReportPages.charts;
import static io.leadrules.app.console.reports.ReportPages.compact;
import static io.leadrules.app.console.reports.ReportPages.ints;
import static io.leadrules.app.console.reports.ReportPages.location;
import static io.leadrules.app.console.reports.ReportPages.reportPage;
import static io.leadrules.app.console.reports.ReportPages.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.leadrules.app.ApiClient;
import io.leadrules.app.FullServiceTest;
import io.leadrules.app.console.ConsoleSession;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The impact preview and backtest pages over real HTTP: started from their forms, followed to their reports, whose
 * tables and charts carry the numbers the API gives for the same job.
 */
@FullServiceTest
class ReportPagesTest {

    @LocalServerPort
    int port;
    ApiClient api;
    String source;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        source = "REP" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    @Test
    void anEditorStartsAPreviewWhoseTablesAndChartsCarryTheReportsNumbers() {
        ReportPages.store(api, "ana", "Marketing Director", source);
        ReportPages.store(api, "liam", "Student", source);
        ConsoleSession editor = ConsoleSession.signedIn(port, "RULE_EDITOR");
        assertThat(editor.get("/console/rules/1/preview").body()).contains("action=\"/console/rules/1/preview\"");

        String job = location(editor.submit("/console/rules/1/preview", "/console/rules/1/preview",
                Map.of("sources", source.toLowerCase(), "createdFrom", "2026-11-22")));
        assertThat(job).matches("/console/rules/1/preview/[0-9a-f-]{36}");
        String page = reportPage(editor, job, "id=\"summary\"");
        JsonNode simulation = api.ok(api.get("/api/v1/simulations/" + job.substring(job.lastIndexOf('/') + 1)));
        JsonNode report = simulation.get("report");

        assertThat(simulation.get("filter").get("sources").get(0).asString()).isEqualTo(source);
        assertThat(report.get("leads").asInt()).isEqualTo(simulation.get("total").asInt());
        String rows = compact(page);
        Map<String, JsonNode> charts = charts(page);
        for (String dimension : List.of("stage", "temperature", "grade", "priority")) {
            JsonNode before = report.get("before").get(dimension);
            JsonNode chart = charts.get("chart-" + dimension);
            assertThat(chart.get("type").asString()).isEqualTo("bar");
            List<String> labels = new ArrayList<>();
            chart.get("data").get("labels").forEach(label -> labels.add(label.asString()));
            assertThat(labels).hasSize(before.size());
            for (int i = 0; i < labels.size(); i++) {
                String value = labels.get(i).equals("No value") ? "NONE" : labels.get(i);
                int count = before.get(value).asInt();
                assertThat(chart.get("data").get("datasets").get(0).get("data").get(i).asInt()).isEqualTo(count);
                assertThat(rows).contains("<th scope=\"row\">" + labels.get(i) + "</th><td class=\"number\">"
                        + count + "</td><td class=\"number\">" + report.get("after").get(dimension).get(value)
                        .asInt() + "</td>");
            }
        }
        JsonNode shift = report.get("scoreShift");
        assertThat(ints(charts.get("chart-shift").get("data").get("datasets").get(0).get("data"))).containsExactly(
                shift.get("min").asInt(), shift.get("p10").asInt(), shift.get("p25").asInt(),
                shift.get("median").asInt(), shift.get("p75").asInt(), shift.get("p90").asInt(),
                shift.get("max").asInt());
        assertThat(report.get("leads").asInt()).isEqualTo(2);
        String stage = report.get("before").get("stage").propertyNames().iterator().next();
        assertThat(rows).as("the live version against itself: every lead keeps its stage")
                .contains("<td class=\"number same\">" + report.get("before").get("stage").get(stage).asInt() + "</td>");
        assertThat(editor.get("/console/rules/1/preview").body()).contains("href=\"" + job + "\"");
    }

    @Test
    void anEditorBacktestsTheStoredLeadsAndSeesTheApisNumbersInTablesAndCharts() {
        for (int i = 0; i < 4; i++) {
            outcome(ReportPages.store(api, "director" + i, "Marketing Director", source), "CONVERTED");
            outcome(ReportPages.store(api, "student" + i, "Student", source), "LOST");
        }
        ConsoleSession editor = ConsoleSession.signedIn(port, "RULE_EDITOR");

        String job = location(editor.submit("/console/rules/1/backtest", "/console/rules/1/backtest",
                Map.of("cutoffDays", "0")));
        String page = reportPage(editor, job, "id=\"table-auc\"");
        JsonNode backtest = api.ok(api.get("/api/v1/backtests/" + job.substring(job.lastIndexOf('/') + 1)));
        JsonNode report = backtest.get("report");

        assertThat(backtest.get("source").asString()).isEqualTo("STORED_LEADS");
        String rows = compact(page);
        assertThat(rows).contains("Leads read</th><td class=\"number\">" + report.get("leads").get("read").asInt());
        assertSidesCharted(charts(page), report);
        assertThat(rows).contains("id=\"rules-candidate\"", "id=\"grade-current\"", "id=\"calibration-candidate\"");
    }

    @Test
    void aDatasetBacktestShowsItsReportAndSuggestsPointsAsADiffWithTheApisWorkbooks() {
        ConsoleSession editor = ConsoleSession.signedIn(port, "RULE_EDITOR");

        String job = location(ReportPages.uploadDataset(editor, "1", "leads.csv",
                ReportPages.generated(new java.util.Random(11), 300), ""));
        String page = reportPage(editor, job, "id=\"table-auc\"");
        String id = job.substring(job.lastIndexOf('/') + 1);
        JsonNode report = api.ok(api.get("/api/v1/backtests/" + id)).get("report");
        assertSidesCharted(charts(page), report);
        assertThat(page).contains(String.format(java.util.Locale.ENGLISH, "%.3f",
                report.get("version").get("auc").get("auc").asDouble()));

        String suggested = editor.get(job + "/suggested-points").body();
        JsonNode api = this.api.ok(this.api.get("/api/v1/backtests/" + id + "/suggested-points"));
        JsonNode change = api.get("changes").get(0);
        assertThat(compact(suggested)).contains("<tr class=\"changed\"><th scope=\"row\" class=\"mono\">"
                + change.get("ruleId").asString() + "</th>").contains(change.get("suggested").asString());
        HttpResponse<String> zip = editor.get(job + "/suggested-points/workbooks");
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/zip");
        assertThat(zip.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("suggested-points-version-1.zip");
    }

    @Test
    void anAuditorReadsThePagesButStartsNothingAndSalesIsRefused() {
        ConsoleSession auditor = ConsoleSession.signedIn(port, "AUDITOR");
        HttpResponse<String> preview = auditor.get("/console/rules/1/preview");
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).doesNotContain("action=\"/console/rules/1/preview\"");
        HttpResponse<String> backtest = auditor.get("/console/rules/1/backtest");
        assertThat(backtest.statusCode()).isEqualTo(200);
        assertThat(backtest.body()).doesNotContain("action=\"/console/rules/1/backtest");
        assertThat(auditor.submit("/console/rules/1/preview", "/console/rules/1/preview", Map.of()).statusCode())
                .isEqualTo(403);
        assertThat(auditor.submit("/console/rules/1/backtest", "/console/rules/1/backtest", Map.of()).statusCode())
                .isEqualTo(403);

        assertThat(ConsoleSession.signedIn(port, "AUDITOR").inSpanish().get("/console/rules/1/backtest").body())
                .contains("Backtest de la versión 1", "Backtests anteriores");

        ConsoleSession sales = ConsoleSession.signedIn(port, "SALES");
        assertThat(sales.get("/console/rules/1/preview").statusCode()).isEqualTo(403);
        assertThat(sales.get("/console/rules/1/backtest").statusCode()).isEqualTo(403);
    }

    @Test
    void aFileThatIsNotADatasetShowsTheProblemPageNamingItsLineAndColumn() {
        ConsoleSession editor = ConsoleSession.signedIn(port, "RULE_EDITOR");

        HttpResponse<String> refused = ReportPages.uploadDataset(editor, "1", "wrong.csv",
                "id,createdAt,outcome,expectGrade\nx,2026-01-01T00:00:00Z,yes,A\n", "");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(refused.body()).contains("line 1, column D", "expectGrade", "/problems/backtest-dataset-unreadable");
    }

    @Test
    void anUnknownPreviewOrBacktestIsANotFoundPage() {
        ConsoleSession auditor = ConsoleSession.signedIn(port, "AUDITOR");
        assertThat(auditor.get("/console/rules/1/preview/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(auditor.get("/console/rules/1/backtest/not-an-id").statusCode()).isEqualTo(404);
        assertThat(auditor.get("/console/rules/999/backtest").statusCode()).isEqualTo(404);
    }

    @Test
    void htmlInADatasetsCellsStaysTextOnTheReportPage() {
        ConsoleSession editor = ConsoleSession.signedIn(port, "RULE_EDITOR");
        String attack = "<img src=x onerror=alert(1)>";
        String csv = ReportPages.HEADER + row("a", "yes", "Analyst", "DEMO_REQUESTED@+1d")
                + row("b", "no", "Student", "") + "c," + attack + ",no,,Acme,Analyst,SOFTWARE,10,ES,\n";

        String page = reportPage(editor, location(ReportPages.uploadDataset(editor, "1", "attack.csv", csv, "")),
                "id=\"rejected-rows\"");

        assertThat(page).doesNotContain(attack).contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    /** The gains, lift and calibration charts hold each side's numbers, in the report's order. */
    private static void assertSidesCharted(Map<String, JsonNode> charts, JsonNode report) {
        List<String> sides = List.of("version", "live");
        for (int s = 0; s < sides.size(); s++) {
            JsonNode deciles = report.get(sides.get(s)).get("gains").get("deciles");
            JsonNode gains = charts.get("chart-gains").get("data").get("datasets").get(s).get("data");
            assertThat(gains.size()).as("the origin, then one point per decile").isEqualTo(deciles.size() + 1);
            for (int d = 0; d < deciles.size(); d++) {
                assertThat(gains.get(d + 1).get("x").asDouble()).isEqualTo(deciles.get(d).get("cumulativeShare")
                        .asDouble());
                assertThat(gains.get(d + 1).get("y").asDouble()).isEqualTo(deciles.get(d).get("gain").asDouble());
                int decile = deciles.get(d).get("decile").asInt();
                assertThat(charts.get("chart-lift").get("data").get("datasets").get(s).get("data").get(decile - 1)
                        .asDouble()).isCloseTo(deciles.get(d).get("lift").asDouble(), within(1e-12));
            }
            JsonNode band = firstObservedBand(report.get(sides.get(s)).get("calibration").get("bands"));
            JsonNode point = charts.get("chart-calibration").get("data").get("datasets").get(s).get("data").get(0);
            assertThat(point.get("x").asDouble()).isCloseTo(band.get("meanScore").asDouble() / 100, within(1e-12));
            assertThat(point.get("y").asDouble()).isEqualTo(band.get("conversion").get("rate").asDouble());
        }
        assertThat(charts.get("chart-calibration").get("data").get("datasets").get(2).get("borderDash"))
                .as("the diagonal").isNotNull();
    }

    private static JsonNode firstObservedBand(JsonNode bands) {
        for (JsonNode band : bands) {
            if (!band.get("meanScore").isNull() && !band.get("conversion").get("rate").isNull()) {
                return band;
            }
        }
        throw new AssertionError("no band with leads in " + bands);
    }

    private void outcome(String lead, String outcome) {
        api.expect(201, api.postJson("/api/v1/leads/" + lead + "/outcomes",
                "{\"outcome\": \"" + outcome + "\", \"occurredAt\": \"2026-11-21T10:00:00Z\"}"));
    }
}
