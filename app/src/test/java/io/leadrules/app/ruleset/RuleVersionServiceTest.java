package io.leadrules.app.ruleset;

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
 * The full service over real HTTP with the real rules, for tests that upload and ACTIVATE rule versions. Activating
 * changes what every evaluation of the context sees, so these tests do not share the context of
 * {@code @FullServiceTest}: they have their own in-memory database and, as long as every class uses exactly this
 * annotation, one context of their own (Spring caches it by configuration). The clock is fixed at {@link #NOW}, as in
 * the other full tests.
 *
 * <p>Tests of this context share its rule versions. Each test looks its versions up by the ids the service answers,
 * and a test that activates a version re-activates, at its end, the version that was active when it started
 * ({@link RuleVersionApi#activeVersionRestoredAfterwards()}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = {LeadRulesApplication.class, RuleVersionServiceTest.FixedClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:leadrules-versions;DB_CLOSE_DELAY=-1",
                // Every test here uploads: the worker starts with the context; one upload may wait (SandboxedUploadTest).
                "leadrules.sandbox.warm-at-startup=true", "leadrules.sandbox.queue-length=1"})
@interface RuleVersionServiceTest {

    /** The service's "now": the instant of the example, as in the other full tests. */
    Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    /** A test configuration, so that component scanning of other test contexts never picks it up. */
    @TestConfiguration(proxyBeanMethods = false)
    class FixedClock {

        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }
}
