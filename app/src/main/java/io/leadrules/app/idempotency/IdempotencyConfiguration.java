package io.leadrules.app.idempotency;

import io.leadrules.app.system.CurrentActor;
import io.leadrules.app.system.KeyFiles;
import io.leadrules.app.system.SharedKeyCheck;
import java.time.Clock;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The {@link IdempotencyFilter}, registered here rather than scanned as a component so that controller slices
 * ({@code @WebMvcTest}), which take every filter component but not its repository, leave it out; and the purge of
 * expired keys every {@code leadrules.idempotency.purge-interval}. An expired key is forgotten when it is presented
 * again anyway; the purge keeps the table from growing with keys nobody presents again.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(IdempotencySettings.class)
class IdempotencyConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyConfiguration.class);

    private final IdempotencyKeys keys;
    private final Clock clock;

    IdempotencyConfiguration(IdempotencyKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** Last of the filters: after the security chain and after {@code system.RequestBodyLimit}. */
    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(CurrentActor actor, IdempotencySettings settings,
            SharedKeyCheck check, @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
                new IdempotencyFilter(keys, actor, clock, settings, problems, fingerprintKey(settings, check)));
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }

    /** Every instance on one database needs the same key: a retry through another would otherwise be a 422. */
    private static SecretKey fingerprintKey(IdempotencySettings settings, SharedKeyCheck check) {
        byte[] key = KeyFiles.loadOrCreate(settings.keyFile().toAbsolutePath(), "idempotency",
                created -> LOG.info("Created the key idempotency keys fingerprint requests with: {} (mode 0600)",
                        created));
        check.sameAsRecorded("idempotency", key, "leadrules.idempotency.key-file");
        return new SecretKeySpec(key, "HmacSHA256");
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
