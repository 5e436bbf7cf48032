package io.leadrules.app.trail;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

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
        StringBuilder out = new StringBuilder(1024);
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
            writeString(text, out);
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

    /** A tree is written as it is walked: no copy into maps and lists (the digest of every decision walks two). */
    private static void writeNode(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>(node.propertyNames());
            Collections.sort(names);
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                out.append(i == 0 ? "" : ",");
                writeString(names.get(i), out);
                out.append(':');
                writeNode(node.get(names.get(i)), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                out.append(i == 0 ? "" : ",");
                writeNode(node.get(i), out);
            }
            out.append(']');
        } else if (node.isIntegralNumber() && node.canConvertToLong()) {
            out.append(node.longValue());
        } else if (node.isNumber()) {
            out.append(node.decimalValue().toPlainString());
        } else if (node.isString()) {
            writeString(node.asString(), out);
        } else {
            out.append(node);
        }
    }

    /** A JSON string: quotes, backslashes and control characters escaped, everything else as it is. */
    private static void writeString(String text, StringBuilder out) {
        out.append('"');
        int plain = 0;
        while (plain < text.length() && text.charAt(plain) >= 0x20 && text.charAt(plain) != '"'
                && text.charAt(plain) != '\\') {
            plain++;
        }
        out.append(text, 0, plain);
        for (int i = plain; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
