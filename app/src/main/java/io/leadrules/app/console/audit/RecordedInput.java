package io.leadrules.app.console.audit;

import io.leadrules.app.console.audit.DecisionView.ActivityRow;
import io.leadrules.app.console.audit.DecisionView.Fact;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads what was known from a decision's stored input (lead, activities, asOf), as stored: an erased lead's input
 * is shown pseudonymised, exactly as the API serves it. Nested members ({@code consent}, {@code attributes}) are
 * flattened to dotted names so the page can list them as facts.
 */
final class RecordedInput {

    private RecordedInput() {
    }

    static List<Fact> facts(JsonNode lead) {
        List<Fact> facts = new ArrayList<>();
        flatten("", lead, facts);
        return facts;
    }

    private static void flatten(String prefix, JsonNode node, List<Fact> facts) {
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            String name = prefix + member.getKey();
            if (member.getValue().isObject()) {
                flatten(name + ".", member.getValue(), facts);
            } else {
                facts.add(new Fact(name, Json.text(member.getValue())));
            }
        }
    }

    static List<ActivityRow> activities(JsonNode activities) {
        List<ActivityRow> rows = new ArrayList<>();
        activities.forEach(activity -> rows.add(new ActivityRow(Json.text(activity.path("id")),
                Json.text(activity.path("type")), instant(activity.path("occurredAt")),
                Json.text(activity.path("detail")), Json.text(activity.path("value")), more(activity))));
        return rows;
    }

    private static String more(JsonNode activity) {
        JsonNode properties = activity.path("properties");
        return properties.isObject() && !properties.isEmpty() ? properties.toString() : null;
    }

    private static LocalDateTime instant(JsonNode node) {
        String text = Json.text(node);
        try {
            return text == null ? null : Json.utc(Instant.parse(text));
        } catch (DateTimeParseException notAnInstant) {
            return null;
        }
    }
}
