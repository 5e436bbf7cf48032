package io.leadrules.app.webhook;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Webhook subscriptions and their delivery ({@code leadrules.webhooks}, application.yml explains each).
 *
 * @param allowHttp               plain {@code http://} receivers allowed (default false: HTTPS only)
 * @param allowPrivateAddresses   receivers on private, loopback, link-local and other internal addresses allowed
 *                                (default false: the service cannot be turned against its own network)
 * @param secretKey               the AES key (Base64, 256 bits) that encrypts signing secrets; when absent,
 *                                {@code secretKeyFile} holds one, created at the first start
 * @param secretKeyFile           where the generated key lives (default {@code <data-dir>/webhook-secrets.key})
 * @param scheduleEnabled         the dispatcher runs every {@code dispatchInterval} (tests drive it by hand)
 * @param dispatchInterval        how often due deliveries are sent
 * @param batchSize               deliveries sent per round at most
 * @param connectTimeout          to connect to a receiver
 * @param readTimeout             for the receiver's whole answer
 * @param firstRetry              the wait before the first retry; it doubles with each failure
 * @param maxRetryDelay           the longest wait between two attempts (a Retry-After too)
 * @param retryFor                how long a delivery is retried before it is given up
 * @param disableAfterFailures    consecutive failed attempts after which ...
 * @param disableAfter            ... and having failed for this long, a subscription is disabled
 * @param defaultScoreThresholds  the scores lead.score_crossed reports when a subscription names none
 */
@ConfigurationProperties("leadrules.webhooks")
public record WebhookSettings(boolean allowHttp, boolean allowPrivateAddresses, String secretKey, Path secretKeyFile,
                              Boolean scheduleEnabled, Duration dispatchInterval, Integer batchSize,
                              Duration connectTimeout, Duration readTimeout, Duration firstRetry,
                              Duration maxRetryDelay, Duration retryFor, Integer disableAfterFailures,
                              Duration disableAfter, List<Integer> defaultScoreThresholds) {

    public WebhookSettings {
        secretKeyFile = secretKeyFile == null ? Path.of("data/leadrules/webhook-secrets.key") : secretKeyFile;
        scheduleEnabled = scheduleEnabled == null || scheduleEnabled;
        dispatchInterval = orDefault(dispatchInterval, Duration.ofSeconds(5));
        batchSize = batchSize == null ? 100 : batchSize;
        connectTimeout = orDefault(connectTimeout, Duration.ofSeconds(5));
        readTimeout = orDefault(readTimeout, Duration.ofSeconds(10));
        firstRetry = orDefault(firstRetry, Duration.ofSeconds(30));
        maxRetryDelay = orDefault(maxRetryDelay, Duration.ofHours(6));
        retryFor = orDefault(retryFor, Duration.ofDays(3));
        disableAfterFailures = disableAfterFailures == null ? 10 : disableAfterFailures;
        disableAfter = orDefault(disableAfter, Duration.ofDays(1));
        defaultScoreThresholds = defaultScoreThresholds == null || defaultScoreThresholds.isEmpty() ? List.of(40)
                : List.copyOf(defaultScoreThresholds);
        if (batchSize < 1 || disableAfterFailures < 1) {
            throw new IllegalArgumentException("leadrules.webhooks.batch-size and disable-after-failures must be at "
                    + "least 1");
        }
    }

    /** Everything by default: HTTPS only, no private address, a generated key in the working directory's data. */
    static WebhookSettings defaults() {
        return new WebhookSettings(false, false, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    private static Duration orDefault(Duration value, Duration fallback) {
        return value == null ? fallback : value;
    }
}
