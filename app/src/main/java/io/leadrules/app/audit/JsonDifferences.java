package io.leadrules.app.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Where two JSON documents differ, member by member and element by element, as paths such as
 * {@code fit.breakdown[0].points}. Values are compared exactly: a number, a text, a null and a missing member are all
 * different things.
 */
final class JsonDifferences {

    private final List<ReplayResult.Difference> found = new ArrayList<>();

    private JsonDifferences() {
    }

    static List<ReplayResult.Difference> between(JsonNode recorded, JsonNode replayed) {
        JsonDifferences differences = new JsonDifferences();
        differences.compare("", recorded, replayed);
        return List.copyOf(differences.found);
    }

    private void compare(String path, JsonNode recorded, JsonNode replayed) {
        if (recorded != null && replayed != null && recorded.isObject() && replayed.isObject()) {
            compareMembers(path, recorded, replayed);
        } else if (recorded != null && replayed != null && recorded.isArray() && replayed.isArray()) {
            compareElements(path, recorded, replayed);
        } else if (recorded == null || !recorded.equals(replayed)) {
            found.add(new ReplayResult.Difference(path.isEmpty() ? "$" : path, recorded, replayed));
        }
    }

    private void compareMembers(String path, JsonNode recorded, JsonNode replayed) {
        Set<String> names = new LinkedHashSet<>(recorded.propertyNames());
        names.addAll(replayed.propertyNames());
        for (String name : names) {
            compare(path.isEmpty() ? name : path + "." + name, recorded.get(name), replayed.get(name));
        }
    }

    private void compareElements(String path, JsonNode recorded, JsonNode replayed) {
        for (int i = 0; i < Math.max(recorded.size(), replayed.size()); i++) {
            compare(path + "[" + i + "]", recorded.get(i), replayed.get(i));
        }
    }
}
