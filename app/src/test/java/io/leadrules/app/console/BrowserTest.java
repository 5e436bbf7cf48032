package io.leadrules.app.console;

import io.leadrules.app.LeadRulesApplication;
import io.leadrules.app.ScoringJourneyTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A journey in a real browser (headless Chromium through /usr/bin/chromedriver) against the full service with the
 * fixed clock of the other full-service tests, on a database of its own: the journeys verify the audit chain, which
 * only the browser journeys' own work may touch. Tagged {@code browser}: only {@code ./mvnw -Pbrowser verify} runs
 * these (README, "Other ways to run and test"), so the plain test command needs nothing but a JDK.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@SpringBootTest(classes = {LeadRulesApplication.class, ScoringJourneyTest.FixedClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:leadrules-browser;DB_CLOSE_DELAY=-1")
@Import(ScoringJourneyTest.FixedClock.class)
public @interface BrowserTest {
}
