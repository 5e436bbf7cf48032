package io.leadrules.app.lead.outcome;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Outcomes of stored leads, under {@code leadrules.outcomes}. A member left out gets its default.
 *
 * @param maxImportSize largest body of {@code POST /api/v1/outcomes/import} (default 100MB): an import is read as a
 *                      stream, so this bounds the time one request takes, not the memory
 * @param clockSkew     how far past the service's clock an outcome's {@code occurredAt} may lie (default 5 minutes):
 *                      a CRM's clock may run a little ahead, but an outcome that has not happened yet is a mistake
 */
@ConfigurationProperties("leadrules.outcomes")
public record OutcomeSettings(DataSize maxImportSize, Duration clockSkew) {

    public OutcomeSettings {
        maxImportSize = maxImportSize == null ? DataSize.ofMegabytes(100) : maxImportSize;
        clockSkew = clockSkew == null ? Duration.ofMinutes(5) : clockSkew;
        if (maxImportSize.toBytes() <= 0) {
            throw new IllegalArgumentException("leadrules.outcomes.max-import-size must be more than 0 bytes");
        }
        if (clockSkew.isNegative()) {
            throw new IllegalArgumentException("leadrules.outcomes.clock-skew must not be negative");
        }
    }
}
