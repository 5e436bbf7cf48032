package io.leadrules.app.trail;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The audit trail's sealing, under {@code leadrules.audit}. A member left out gets its default.
 *
 * @param sealInterval       how often waiting entries are sealed into a block (default 1s)
 * @param maxEntriesPerBlock most entries in one block; this many waiting seal at once (default 1,000)
 * @param keyFile            the signing key, outside the database (default {@code <data-dir>/audit.key})
 * @param headFile           one JSON line per sealed block, outside the database (default
 *                           {@code <data-dir>/audit-heads.jsonl})
 */
@ConfigurationProperties("leadrules.audit")
public record AuditSettings(Duration sealInterval, Integer maxEntriesPerBlock, Path keyFile, Path headFile) {

    public AuditSettings {
        sealInterval = sealInterval == null ? Duration.ofSeconds(1) : sealInterval;
        maxEntriesPerBlock = maxEntriesPerBlock == null ? 1000 : maxEntriesPerBlock;
        if (sealInterval.isNegative() || sealInterval.isZero() || maxEntriesPerBlock < 1) {
            throw new IllegalArgumentException("leadrules.audit.seal-interval must be positive and "
                    + "leadrules.audit.max-entries-per-block at least 1");
        }
        if (keyFile == null || headFile == null) {
            throw new IllegalArgumentException("leadrules.audit.key-file and leadrules.audit.head-file are required");
        }
    }
}
