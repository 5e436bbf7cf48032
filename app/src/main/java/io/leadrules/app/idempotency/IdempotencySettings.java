package io.leadrules.app.idempotency;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The {@code Idempotency-Key} header, under {@code leadrules.idempotency}. A member left out gets its default.
 *
 * @param timeToLive      how long a key answers its first answer again (default 24 h); after that it is forgotten and
 *                        may be used again
 * @param maxAnswerSize   the largest answer kept for a replay (default 1 MB); a request whose answer is larger runs,
 *                        but its key is forgotten, so a retry runs it again (creates answer a few KB)
 * @param purgeInterval   how often expired keys are deleted (default 1 h)
 * @param keyFile         the key requests are fingerprinted with (HMAC-SHA256), created at the first start: a body
 *                        may hold a password its sender chose, so a plain hash of it kept for a day could be guessed
 *                        offline from a copy of the database (default {@code ./data/leadrules/idempotency.key})
 */
@ConfigurationProperties("leadrules.idempotency")
record IdempotencySettings(Duration timeToLive, DataSize maxAnswerSize, Duration purgeInterval, Path keyFile) {

    IdempotencySettings {
        timeToLive = timeToLive == null ? Duration.ofHours(24) : timeToLive;
        maxAnswerSize = maxAnswerSize == null ? DataSize.ofMegabytes(1) : maxAnswerSize;
        purgeInterval = purgeInterval == null ? Duration.ofHours(1) : purgeInterval;
        keyFile = keyFile == null ? Path.of("data", "leadrules", "idempotency.key") : keyFile;
        if (timeToLive.isNegative() || timeToLive.isZero() || maxAnswerSize.isNegative() || purgeInterval.isNegative()
                || purgeInterval.isZero()) {
            throw new IllegalArgumentException("leadrules.idempotency: time-to-live and purge-interval must be "
                    + "positive, max-answer-size 0 or more");
        }
    }
}
