package io.leadrules.app.console.leads;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One of a lead's own attributes (the company's custom data) as the page lists it: its name and its value as text. */
public record Attribute(String name, String value) {

    /** The attributes of a lead's stored JSON text, in the order they were stored; none when the text is null. */
    static List<Attribute> of(JsonMapper json, String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        List<Attribute> attributes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> member : json.readTree(stored).properties()) {
            JsonNode value = member.getValue();
            attributes.add(new Attribute(member.getKey(), value.isNull() ? "" : value.isString() ? value.asString()
                    : value.toString()));
        }
        return attributes;
    }
}
