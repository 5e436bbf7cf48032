package io.leadrules.app.console.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import tools.jackson.databind.JsonNode;

/** Members of a recorded JSON tree as page text: null for an absent or null member, a value as written. */
final class Json {

    private Json() {
    }

    static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        return node.isValueNode() ? node.asString() : node.toString();
    }

    static Integer whole(JsonNode node) {
        return node != null && node.isNumber() ? node.asInt() : null;
    }

    /**
     * An instant as the wall-clock time in UTC, the zone every instant of the API is written in: a
     * {@code LocalDateTime}, so that the page's formatting does not move it into the server's own zone.
     */
    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
