package io.leadrules.app.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ruleset.RuleVersionApi.UploadFile;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An online-course company, unlike the B2B software company the shipped model was written for, builds its own model
 * from the shipped workbooks with visible cells only: three attributes of its own (where the lead came in, pages per
 * visit, whether it refused email), minutes on the site scored per unit and visits by a window count, a lower MQL
 * threshold, a mapping for what its forms send, and a row that subtracts. Its change breaks the shipped scenarios;
 * it accepts the new results as the next draft, activates it, scores a lead through HTTP, reads every point back to
 * its cell, and replays the stored decision.
 */
@RuleVersionServiceTest
class OwnModelJourneyTest {

    private static final String SCENARIO = "Learnwell lead who came from a landing page and reads a lot";

    @LocalServerPort
    int port;

    private RuleVersionApi api;

    @BeforeEach
    void client() {
        api = new RuleVersionApi(port);
    }

    @Test
    void aCompanyBuildsItsOwnModelInCellsAcceptsItsScenariosAndScoresExplainsAndReplays() {
        try (var restore = api.activeVersionRestoredAfterwards()) {
            JsonNode uploaded = api.uploaded(Map.of("basedOn", "1", "label", "Learnwell's own model"),
                    model(), profileFit(), engagement(), scenarios());
            assertThat(uploaded.get("lastTest").get("passed").asBoolean()).as("the change breaks scenarios").isFalse();
            JsonNode warnings = uploaded.get("validation").get("warnings");
            assertThat(warnings.isEmpty()).as("warnings %s", warnings).isTrue();

            JsonNode accepted = api.post("/api/v1/rulesets/" + uploaded.get("id").asString()
                    + "/scenarios/accept").json(201);
            assertThat(accepted.get("lastTest").get("passed").asBoolean()).isTrue();
            String version = accepted.get("id").asString();
            api.activate(version);

            JsonNode answer = api.postJson("/api/v1/scores", scoreRequest()).json(200);
            assertScoredAndExplained(answer, version);
            assertThat(acceptedExpectation(version)).contains(",31,");

            JsonNode stored = api.postJson("/api/v1/leads", storedLead()).json(201);
            JsonNode decisions = api.get("/api/v1/leads/" + stored.get("id").asString() + "/decisions").json(200);
            String decision = decisions.get("items").get(0).get("id").asString();
            JsonNode replay = api.post("/api/v1/decisions/" + decision + "/replay").json(200);
            assertThat(replay.get("identical").asBoolean()).as("replay %s", replay).isTrue();
            assertThat(replay.get("rulesetVersion").asString()).isEqualTo(version);
        }
    }

    /**
     * Fit 14 (google read as ORGANIC_SEARCH: 70% of 20) + 20 ("lp" read as Landing Page Submission: 50% of 40)
     * + 20 (3.5 pages per visit: 100% of 20) - 15 (refused email) = 39, grade D. Engagement 10 (600 seconds at a
     * point a minute) + 3 (three visits) + 10 (three visits in 30 days) = 23. Score (39 + 23) / 2 = 31: an MQL at
     * the new threshold of 30, a LEAD at the shipped 40.
     */
    private static void assertScoredAndExplained(JsonNode answer, String version) {
        assertThat(answer.get("rulesetVersion").asString()).isEqualTo(version);
        assertThat(answer.get("fit").get("score").asInt()).isEqualTo(39);
        assertThat(answer.get("engagement").get("score").asInt()).isEqualTo(23);
        assertThat(answer.get("score").asInt()).isEqualTo(31);
        assertThat(answer.get("stage").asString()).isEqualTo("MQL");
        JsonNode origin = JourneyLeads.breakdown(answer, "fit", "ORIGIN");
        assertThat(origin.get("ruleId").asString()).isEqualTo("FIT-ORIGIN-LANDING");
        assertThat(origin.get("points").asInt()).isEqualTo(20);
        assertThat(origin.get("source").get("sheet").asString()).isEqualTo("Fit");
        assertThat(origin.get("source").get("cell").asString()).matches("B\\d+");
        assertThat(JourneyLeads.breakdown(answer, "fit", "EMAIL").get("points").asInt()).isEqualTo(-15);
        JsonNode time = JourneyLeads.breakdown(answer, "engagement", "TIME_ON_SITE");
        assertThat(time.get("points").asInt()).isEqualTo(10);
        assertThat(time.get("detail").asString()).contains("value 600 at 1 per 60");
        assertThat(JourneyLeads.breakdown(answer, "engagement", "REGULAR_VISITOR").get("points").asInt()).isEqualTo(10);
        List<String> mappings = answer.get("firedRules").valueStream()
                .filter(r -> r.get("dimension").asString().equals("MAPPING"))
                .map(r -> r.get("ruleId").asString() + " " + r.get("reason").asString()).toList();
        assertThat(mappings).containsExactlyInAnyOrder(
                "MAP-SOURCE-ORGANIC source 'google' is read as ORGANIC_SEARCH",
                "MAP-ORIGIN-LANDING leadOrigin 'lp' is read as Landing Page Submission");
        assertThat(JourneyLeads.findingCodes(answer)).doesNotContain("UNDECLARED_ATTRIBUTE");
    }

    private String acceptedExpectation(String version) {
        String file = api.get("/api/v1/rulesets/" + version + "/files/" + ScenarioFile.NAME).text();
        return file.lines().filter(l -> l.startsWith("\"" + SCENARIO + "\"") || l.startsWith(SCENARIO + ","))
                .findFirst().orElseThrow();
    }

    private static UploadFile model() {
        return EditedWorkbook.shipped("Model.drl.xlsx")
                .set("Parameters", "mqlScoreAtLeast", "Value", 30)
                .appendRow("Attributes", row("Attribute", "leadOrigin", "Type", "text",
                        "Allowed values", "API, Landing Page Submission, Lead Add Form", "Description", "How the lead came in"))
                .appendRow("Attributes", row("Attribute", "pagesPerVisit", "Type", "number", "Description", "Pages a visit"))
                .appendRow("Attributes", row("Attribute", "doNotEmail", "Type", "yes/no", "Description", "Refused email"))
                .appendRow("Mappings", row("Rule ID", "MAP-ORIGIN-LANDING", "Field", "leadOrigin",
                        "Sent as", "lp, landing page", "Means", "Landing Page Submission", "Reason", "Our forms say lp"))
                .file();
    }

    private static UploadFile profileFit() {
        EditedWorkbook workbook = EditedWorkbook.shipped("ProfileFit.drl.xlsx")
                .set("Weights", "FIT-WEIGHT-ROLE", "Weight", 10).set("Weights", "FIT-WEIGHT-COMPANY_SIZE", "Weight", 0)
                .set("Weights", "FIT-WEIGHT-INDUSTRY", "Weight", 0).set("Weights", "FIT-WEIGHT-REVENUE", "Weight", 0)
                .set("Weights", "FIT-WEIGHT-NEED", "Weight", 10).set("Weights", "FIT-WEIGHT-SOURCE", "Weight", 20);
        weight(workbook, "FIT-WEIGHT-ORIGIN", "ORIGIN", 40);
        weight(workbook, "FIT-WEIGHT-PAGES", "PAGES", 20);
        weight(workbook, "FIT-WEIGHT-EMAIL", "EMAIL", 0);
        fit(workbook, "FIT-ORIGIN-FORM", "ORIGIN", "leadOrigin", "is one of", "Lead Add Form", 100, null);
        fit(workbook, "FIT-ORIGIN-LANDING", "ORIGIN", "leadOrigin", "is one of", "Landing Page Submission", 50, null);
        fit(workbook, "FIT-PAGES-MANY", "PAGES", "pagesPerVisit", "between", "3..", 100, null);
        fit(workbook, "FIT-PAGES-SOME", "PAGES", "pagesPerVisit", "between", "1..3", 50, null);
        fit(workbook, "FIT-EMAIL-REFUSED", "EMAIL", "doNotEmail", "is yes", null, null, -15);
        return workbook.file();
    }

    private static void weight(EditedWorkbook workbook, String id, String category, int weight) {
        workbook.appendRow("Weights", row("Rule ID", id, "Category", category, "Weight", weight,
                "Reason", "Learnwell's " + category.toLowerCase()));
    }

    private static void fit(EditedWorkbook workbook, String id, String category, String field, String test,
                            String values, Integer match, Integer points) {
        Map<String, Object> cells = row("Rule ID", id, "Category", category, "Field", field, "Test", test,
                "Reason", "Learnwell: " + id);
        if (values != null) {
            cells.put("Values", values);
        }
        if (match != null) {
            cells.put("Match (0-100)", match);
        }
        if (points != null) {
            cells.put("Points", points);
        }
        workbook.appendRow("Fit", cells);
    }

    private static UploadFile engagement() {
        return EditedWorkbook.shipped("EngagementPoints.drl.xlsx")
                .appendRow("Points", row("Rule ID", "ENG-TIME_ON_SITE", "Activity type", "TIME_ON_SITE",
                        "Points per unit", 1, "Unit", 60, "Cap per type", 20, "Reason", "A point a minute on the site"))
                .appendRow("Points", row("Rule ID", "ENG-VISIT", "Activity type", "VISIT", "Points per event", 1,
                        "Cap per type", 5, "Reason", "A visit"))
                .appendRow("Windows", row("Rule ID", "ENG-WINDOW-REGULAR", "Line", "REGULAR_VISITOR",
                        "Activity types", "VISIT", "Measure", "count", "In the last (days)", 30, "At least", 3,
                        "Points", 10, "Reason", "Three visits in a month"))
                .file();
    }

    /** The shipped scenarios with three attribute columns, and a Learnwell scenario whose expectations are a guess. */
    private static UploadFile scenarios() {
        List<String> lines = new String(EditedWorkbook.shippedBytes(ScenarioFile.NAME), StandardCharsets.UTF_8)
                .lines().toList();
        StringBuilder csv = new StringBuilder(lines.get(0))
                .append(",attributes.leadOrigin,attributes.pagesPerVisit,attributes.doNotEmail\n");
        lines.subList(1, lines.size()).forEach(line -> csv.append(line).append(",,,\n"));
        String[] header = lines.get(0).split(",");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", SCENARIO);
        values.put("asOf", "2026-11-22T12:00:00Z");
        values.put("email", "lee@example.org");
        values.put("source", "google");
        values.put("activities", "TIME_ON_SITE=600@-1d; VISIT x3@-2d");
        values.put("expectScore", "0");
        for (String column : header) {
            csv.append(values.getOrDefault(column, "")).append(',');
        }
        csv.append("lp,3.5,yes\n");
        return UploadFile.text(ScenarioFile.NAME, csv.toString());
    }

    private static String scoreRequest() {
        return """
                {"asOf": "2026-11-22T12:00:00Z",
                 "lead": %s,
                 "activities": %s}
                """.formatted(lead("score-1"), activities());
    }

    private static String storedLead() {
        return """
                {"lead": %s, "activities": %s}
                """.formatted(lead("learnwell-1"), activities());
    }

    private static String lead(String externalId) {
        return """
                {"externalId": "%s", "firstName": "Lee", "email": "lee@example.org", "source": "google",
                 "attributes": {"leadOrigin": "lp", "pagesPerVisit": 3.5, "doNotEmail": true},
                 "consent": {"dataProcessing": true, "profilingObjection": false, "policyVersion": "2026-01"}}
                """.formatted(externalId);
    }

    private static String activities() {
        return """
                [{"id": "t1", "type": "TIME_ON_SITE", "occurredAt": "2026-11-21T10:00:00Z", "value": 600},
                 {"id": "v1", "type": "VISIT", "occurredAt": "2026-11-20T09:00:00Z"},
                 {"id": "v2", "type": "VISIT", "occurredAt": "2026-11-20T09:10:00Z"},
                 {"id": "v3", "type": "VISIT", "occurredAt": "2026-11-20T09:20:00Z"}]
                """;
    }

    private static Map<String, Object> row(Object... headerThenValue) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < headerThenValue.length; i += 2) {
            row.put((String) headerThenValue[i], headerThenValue[i + 1]);
        }
        return row;
    }
}
