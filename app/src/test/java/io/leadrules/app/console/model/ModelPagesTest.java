package io.leadrules.app.console.model;

import io.leadrules.app.LeadRulesApplication;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The full service over real HTTP for the model pages' tests, which upload and ACTIVATE rule versions: their own
 * in-memory database, so that a version they make live never changes what the other full tests evaluate with. The
 * clock is fixed at {@link #NOW}, as in the other full tests, and four eyes are on, as in production (the other tests
 * turn them off). A test that activates a version rolls back to version
 * 1 at its end.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = {LeadRulesApplication.class, ModelPagesTest.FixedClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:leadrules-console-model;DB_CLOSE_DELAY=-1",
                "leadrules.rules.four-eyes=true"})
@interface ModelPagesTest {

    Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    class FixedClock {

        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }
}
