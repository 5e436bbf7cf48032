package io.leadrules.app.console.leads;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A decision's explanation as a salesperson reads it: the rules that fired, grouped into fit (who the lead is),
 * engagement (what they did) and qualification (stage, temperature, funnel, priority), each line with its points,
 * its reason, what it matched (the breakdown's detail) and the link to the row or line it is written in. The rules
 * of the other dimensions (data checks, consent, the flow, the combined score, mappings, next actions) are kept
 * apart as {@code others}. Read from the decision's stored answer, so it shows what was decided then.
 */
public record Explanation(List<Group> groups, List<Line> others) {

    /** The groups, in the order the page shows them; each is a dimension of the stored answer's firedRules. */
    static final List<String> DIMENSIONS = List.of("FIT", "ENGAGEMENT", "QUALIFICATION");

    /** One group: its dimension (FIT, ENGAGEMENT, QUALIFICATION), its 0-100 score where it has one, its lines. */
    public record Group(String dimension, Integer score, List<Line> lines) {
    }

    /** One fired rule: id, points for the score, reason, what it matched (or null), link to its source (or null). */
    public record Line(String ruleId, int points, String reason, String detail, String href) {
    }

    static Explanation of(String version, JsonNode result) {
        Map<String, String> details = details(result);
        Map<String, List<Line>> byDimension = new HashMap<>();
        List<Line> others = new ArrayList<>();
        for (JsonNode rule : result.path("firedRules")) {
            Line line = new Line(rule.path("ruleId").asString(""), rule.path("points").asInt(0),
                    rule.path("reason").asString(""), details.get(rule.path("ruleId").asString("")),
                    SourceLinks.of(version, rule.get("source")));
            String dimension = rule.path("dimension").asString("");
            if (DIMENSIONS.contains(dimension)) {
                byDimension.computeIfAbsent(dimension, d -> new ArrayList<>()).add(line);
            } else {
                others.add(line);
            }
        }
        List<Group> groups = DIMENSIONS.stream().map(dimension -> new Group(dimension, score(result, dimension),
                byDimension.getOrDefault(dimension, List.of()))).toList();
        return new Explanation(groups, others);
    }

    /** What each counted row matched ("match 80% of weight 30", "1 event, 2 days old"), by rule id. */
    private static Map<String, String> details(JsonNode result) {
        Map<String, String> details = new HashMap<>();
        for (String part : List.of("fit", "engagement")) {
            for (JsonNode points : result.path(part).path("breakdown")) {
                JsonNode detail = points.get("detail");
                if (detail != null && !detail.isNull()) {
                    details.put(points.path("ruleId").asString(""), detail.asString());
                }
            }
        }
        return details;
    }

    private static Integer score(JsonNode result, String dimension) {
        JsonNode score = result.path(dimension.toLowerCase(java.util.Locale.ROOT)).get("score");
        return score == null || !score.isNumber() ? null : score.asInt();
    }
}
