package io.leadrules.app.scoring;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Attribute values as JSON: a text, a number, true/false or null. Numbers are read as exact decimals
 * ({@code 0.1} stays 0.1, not the double nearest to it), so what a client sends is what is stored, snapshotted and
 * replayed. An object or an array is not refused while the body is read but kept as a {@link NotScalar} marker, so
 * that the lead checks name it beside every other problem of the request ({@link CustomDataCheck}).
 */
public final class JsonScalars {

    private JsonScalars() {
    }

    /** A JSON value that is no scalar; it never leaves the request check. */
    enum NotScalar {
        OBJECT("an object"), ARRAY("an array");

        final String words;

        NotScalar(String words) {
            this.words = words;
        }
    }

    /** The value of a tree node: String, BigDecimal, Boolean, null, or a {@link NotScalar} marker. */
    public static Object value(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isString()) {
            return node.asString();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.isArray() ? NotScalar.ARRAY : NotScalar.OBJECT;
    }

    /** The members of an object node as values, in order; null members dropped. */
    public static Map<String, Object> values(JsonNode object) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (object != null && object.isObject()) {
            object.properties().forEach(member -> {
                Object value = value(member.getValue());
                if (value != null) {
                    values.put(member.getKey(), value);
                }
            });
        }
        return values;
    }

    /** The value at the parser's current token, read as {@link #value(JsonNode)} reads a tree node. */
    static Object scalar(JsonParser parser) {
        return switch (parser.currentToken()) {
            case VALUE_STRING -> parser.getString();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            case START_ARRAY -> Reader.skipped(parser, NotScalar.ARRAY);
            default -> Reader.skipped(parser, NotScalar.OBJECT);
        };
    }

    /** Reads one map value of a request body the way {@link #value(JsonNode)} reads a tree node. */
    static final class Reader extends StdDeserializer<Object> {

        Reader() {
            super(Object.class);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            return scalar(parser);
        }

        private static Object skipped(JsonParser parser, NotScalar marker) {
            parser.skipChildren();
            return marker;
        }
    }
}
