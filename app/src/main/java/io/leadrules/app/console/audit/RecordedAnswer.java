package io.leadrules.app.console.audit;

import io.leadrules.app.console.audit.DecisionView.Dimension;
import io.leadrules.app.console.audit.DecisionView.Line;
import io.leadrules.app.console.audit.DecisionView.NextStep;
import io.leadrules.app.console.audit.DecisionView.Outcome;
import io.leadrules.app.console.audit.DecisionView.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads what came out of a decision from its recorded scoring response (docs/api.md, "Response"): the headline
 * members, and the fired rules grouped by dimension in the order they first fired, each with its source.
 */
final class RecordedAnswer {

    private RecordedAnswer() {
    }

    static Outcome outcome(JsonNode answer) {
        List<NextStep> steps = new ArrayList<>();
        answer.path("nextActions").forEach(step -> steps.add(new NextStep(Json.text(step.path("code")),
                Json.text(step.path("content")), Json.text(step.path("reason")))));
        return new Outcome(answer.path("valid").asBoolean(false), Json.whole(answer.path("score")),
                Json.whole(answer.path("fit").path("score")), Json.text(answer.path("fit").path("grade")),
                Json.whole(answer.path("engagement").path("score")), Json.text(answer.path("temperature")),
                Json.text(answer.path("stage")), Json.text(answer.path("funnelStage")),
                Json.text(answer.path("priority")), steps);
    }

    /** The fired rules by dimension; a dimension's points are the sum of its rules' points. */
    static List<Dimension> explanation(JsonNode firedRules, String version) {
        Map<String, List<Line>> byDimension = new LinkedHashMap<>();
        firedRules.forEach(rule -> byDimension.computeIfAbsent(String.valueOf(Json.text(rule.path("dimension"))),
                dimension -> new ArrayList<>()).add(line(rule, version)));
        return byDimension.entrySet().stream().map(group -> new Dimension(group.getKey(),
                group.getValue().stream().mapToInt(Line::points).sum(), List.copyOf(group.getValue()))).toList();
    }

    private static Line line(JsonNode rule, String version) {
        JsonNode source = rule.path("source");
        Source where = source.isObject() && Json.text(source.path("file")) != null
                ? new Source(version, Json.text(source.path("file")), Json.text(source.path("sheet")),
                        Json.text(source.path("cell")), Json.whole(source.path("line")))
                : null;
        Integer points = Json.whole(rule.path("points"));
        Integer firings = Json.whole(rule.path("firings"));
        return new Line(Json.text(rule.path("ruleId")), points == null ? 0 : points, Json.text(rule.path("reason")),
                firings == null ? 1 : firings, where);
    }
}
