package io.leadrules.app.scoring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of {@code POST /api/v1/scores}, under {@code leadrules.scoring}. A member left out gets its default.
 *
 * @param maxActivities most activities one request may carry (default 5,000)
 * @param maxBodySize   largest request body under {@code /api/}, counted as it streams in (default 1MB = 1 MiB)
 *                      ({@code leadrules.scoring.max-rule-firings} is read by {@code decision.EvaluationSettings}:
 *                      every evaluation uses it, not only scoring's)
 */
@ConfigurationProperties("leadrules.scoring")
public record ScoringSettings(Integer maxActivities, DataSize maxBodySize) {

    public static final int DEFAULT_MAX_ACTIVITIES = 5_000;
    public static final DataSize DEFAULT_MAX_BODY_SIZE = DataSize.ofMegabytes(1);

    public ScoringSettings {
        maxActivities = positive("max-activities", maxActivities, DEFAULT_MAX_ACTIVITIES);
        maxBodySize = maxBodySize == null ? DEFAULT_MAX_BODY_SIZE : maxBodySize;
        if (maxBodySize.toBytes() <= 0) {
            throw new IllegalArgumentException("leadrules.scoring.max-body-size must be more than 0 bytes");
        }
    }

    /** The settings with every default. */
    public static ScoringSettings defaults() {
        return new ScoringSettings(null, null);
    }

    private static int positive(String key, Integer value, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value <= 0) {
            throw new IllegalArgumentException("leadrules.scoring." + key + " must be more than 0, not " + value);
        }
        return value;
    }
}
