package io.leadrules.app.system;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one source of "now" (UTC), so that tests can fix it. It ticks in microseconds, the precision of a
 * {@code TIMESTAMP} column in H2 and PostgreSQL: an instant the service answers with is the instant it reads back.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
