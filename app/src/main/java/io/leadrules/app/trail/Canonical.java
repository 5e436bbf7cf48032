package io.leadrules.app.trail;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The canonical JSON text a digest is taken of: object members sorted by name, no white space, numbers as written
 * (a {@code BigDecimal} keeps its scale: 12.50 stays 12.50), instants in ISO-8601 UTC to the microsecond (the precision
 * of a stored timestamp), strings escaped as JSON does.
 * Equal records always give equal text, whatever order their members were built or stored in.
 */
public final class Canonical {

    private Canonical() {
    }

    /** Maps, lists, JSON trees, strings, numbers, booleans, instants, UUIDs and nulls. */
    public static String json(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof JsonNode node) {
            writeNode(node, out);
        } else if (value instanceof Map<?, ?> map) {
            writeObject(map, out);
        } else if (value instanceof List<?> list) {
            writeArray(list, out);
        } else if (value instanceof String text) {
            out.append(JsonNodeFactory.instance.stringNode(text));
        } else if (value instanceof BigDecimal number) {
            out.append(number.toPlainString());
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Instant instant) {
            write(instant.truncatedTo(ChronoUnit.MICROS).toString(), out);
        } else if (value instanceof UUID) {
            write(value.toString(), out);
        } else {
            throw new IllegalArgumentException("No canonical form for " + value.getClass());
        }
    }

    private static void writeObject(Map<?, ?> map, StringBuilder out) {
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((name, member) -> sorted.put(String.valueOf(name), member));
        out.append('{');
        String separator = "";
        for (Map.Entry<String, Object> member : sorted.entrySet()) {
            out.append(separator);
            write(member.getKey(), out);
            out.append(':');
            write(member.getValue(), out);
            separator = ",";
        }
        out.append('}');
    }

    private static void writeArray(List<?> list, StringBuilder out) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            out.append(i == 0 ? "" : ",");
            write(list.get(i), out);
        }
        out.append(']');
    }

    private static void writeNode(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            Map<String, Object> members = new TreeMap<>();
            node.properties().forEach(member -> members.put(member.getKey(), member.getValue()));
            writeObject(members, out);
        } else if (node.isArray()) {
            List<Object> items = new ArrayList<>();
            node.forEach(items::add);
            writeArray(items, out);
        } else if (node.isNumber()) {
            write(node.decimalValue(), out);
        } else if (node.isString()) {
            write(node.asString(), out);
        } else {
            out.append(node);
        }
    }
}
