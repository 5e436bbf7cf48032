package io.leadrules.app.lead;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON merge patch (RFC 7396): an object merges member by member, recursively; any other value replaces. One
 * deliberate difference: a member set to {@code null} stays in the result as {@code null} instead of being removed.
 * For the lead both mean "no value", and a misspelt member ({@code "compnay": null}) is then still refused as unknown
 * rather than silently dropped.
 */
final class MergePatch {

    private MergePatch() {
    }

    static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? (ObjectNode) target.deepCopy()
                : JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> member : patch.properties()) {
            JsonNode value = member.getValue();
            result.set(member.getKey(), value.isNull() ? value : apply(result.get(member.getKey()), value));
        }
        return result;
    }
}
