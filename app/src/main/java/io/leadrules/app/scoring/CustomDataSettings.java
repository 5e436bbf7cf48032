package io.leadrules.app.scoring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of what a client may add beyond the standard members, under {@code leadrules.custom-data}: a lead's own
 * attributes and an activity's properties. They keep one lead (and every decision that snapshots it) small; past
 * them a request is a 400 {@code /problems/invalid-lead} naming the member. A member left out gets its default.
 *
 * @param maxAttributes          most attributes one lead may hold, stored ones and new ones together (default 100)
 * @param maxAttributeLength     longest text value of an attribute, in characters (default 1,000)
 * @param maxProperties          most properties one activity may carry (default 20)
 * @param maxPropertyLength      longest property value, in characters (default 500)
 */
@ConfigurationProperties("leadrules.custom-data")
public record CustomDataSettings(Integer maxAttributes, Integer maxAttributeLength, Integer maxProperties,
                                 Integer maxPropertyLength) {

    public CustomDataSettings {
        maxAttributes = positive("max-attributes", maxAttributes, 100);
        maxAttributeLength = positive("max-attribute-length", maxAttributeLength, 1_000);
        maxProperties = positive("max-properties", maxProperties, 20);
        maxPropertyLength = positive("max-property-length", maxPropertyLength, 500);
    }

    /** The settings with every default. */
    public static CustomDataSettings defaults() {
        return new CustomDataSettings(null, null, null, null);
    }

    private static int positive(String key, Integer value, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value <= 0) {
            throw new IllegalArgumentException("leadrules.custom-data." + key + " must be more than 0, not " + value);
        }
        return value;
    }
}
