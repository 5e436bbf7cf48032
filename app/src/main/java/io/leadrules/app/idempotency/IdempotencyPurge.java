package io.leadrules.app.idempotency;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes expired keys every {@code leadrules.idempotency.purge-interval}. An expired key is forgotten when it is
 * presented again anyway; this keeps the table from growing with keys nobody presents again.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(IdempotencySettings.class)
class IdempotencyPurge {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyPurge.class);

    private final IdempotencyKeys keys;
    private final Clock clock;

    IdempotencyPurge(IdempotencyKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${leadrules.idempotency.purge-interval:PT1H}",
            initialDelayString = "${leadrules.idempotency.purge-interval:PT1H}")
    void purge() {
        int purged = keys.purge(clock.instant());
        if (purged > 0) {
            LOG.info("Purged {} expired idempotency keys", purged);
        }
    }
}
