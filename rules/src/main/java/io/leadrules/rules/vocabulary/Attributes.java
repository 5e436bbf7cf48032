package io.leadrules.rules.vocabulary;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A lead's own attributes, by lowerCamel name: what a company knows about its leads beyond the standard members
 * ({@code timeOnSite}, {@code leadOrigin}). Values are text, numbers ({@link BigDecimal}) or yes/no
 * ({@link Boolean}); a date is its ISO text. Immutable, in the order they were given.
 */
public final class Attributes {

    public static final Attributes NONE = new Attributes(Map.of());

    private final Map<String, Object> values;

    private Attributes(Map<String, Object> values) {
        this.values = values;
    }

    /** The attributes of the map; a number of any type becomes a {@link BigDecimal}, other values their text. */
    public static Attributes of(Map<String, ?> values) {
        if (values == null || values.isEmpty()) {
            return NONE;
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            Object normal = normal(value);
            if (name != null && normal != null) {
                copy.put(name, normal);
            }
        });
        return copy.isEmpty() ? NONE : new Attributes(Collections.unmodifiableMap(copy));
    }

    private static Object normal(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof BigDecimal) {
            if (value instanceof String text) {
                ResultText.check(text);
            }
            return value;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        String text = value.toString();
        ResultText.check(text);
        return text;
    }

    /** The value of the attribute, or null. */
    public Object get(String name) {
        return name == null ? null : values.get(name);
    }

    public Set<String> names() {
        return values.keySet();
    }

    public Map<String, Object> asMap() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    Attributes with(String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(name, value);
        return of(copy);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attributes a && a.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
