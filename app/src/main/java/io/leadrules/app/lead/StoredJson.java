package io.leadrules.app.lead;

import io.leadrules.app.scoring.JsonScalars;
import io.leadrules.rules.vocabulary.Attributes;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mapstruct.Named;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON text columns of a stored lead (its attributes) and activity (its properties) <-> what the API and the
 * engine see. Numbers are read back as exact decimals. Nothing empty is stored: no attributes is a null column.
 */
@Component
class StoredJson {

    private final JsonMapper json;

    StoredJson(JsonMapper json) {
        this.json = json;
    }

    /** The attributes to store; a null value means "no value", so it is left out. */
    @Named("attributesText")
    String attributesText(Map<String, Object> attributes) {
        return text(withoutNulls(attributes));
    }

    /** The stored attributes as the API shows them: an object, empty when there are none. */
    @Named("attributeMap")
    Map<String, Object> attributeMap(String text) {
        return text == null ? new LinkedHashMap<>() : JsonScalars.values(tree(text));
    }

    /** The stored attributes as the rules see them. */
    Attributes attributes(String text) {
        return Attributes.of(attributeMap(text));
    }

    /** Newer values replace older ones name by name; an attribute the newer text does not name stays. */
    String merged(String older, String newer) {
        Map<String, Object> merged = attributeMap(older);
        merged.putAll(attributeMap(newer));
        return text(merged);
    }

    int count(String attributes) {
        return attributeMap(attributes).size();
    }

    @Named("propertiesText")
    String propertiesText(Map<String, String> properties) {
        return text(properties);
    }

    /** The stored properties, empty when there are none (or when erasure removed them). */
    @Named("propertyMap")
    Map<String, String> propertyMap(String text) {
        Map<String, String> properties = new LinkedHashMap<>();
        if (text != null) {
            tree(text).properties().forEach(member -> properties.put(member.getKey(), member.getValue().asString()));
        }
        return properties;
    }

    private String text(Map<String, ?> values) {
        return values == null || values.isEmpty() ? null : json.writeValueAsString(values);
    }

    private JsonNode tree(String text) {
        return json.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(text);
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> values) {
        Map<String, Object> kept = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((name, value) -> {
                if (value != null) {
                    kept.put(name, value);
                }
            });
        }
        return kept;
    }
}
