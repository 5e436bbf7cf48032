package io.leadrules.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The full service over real HTTP with the real rules, on the in-memory database, its clock fixed at
 * {@link ScoringJourneyTest#NOW}: exactly the configuration Spring derives for {@link ScoringJourneyTest} (whose
 * nested {@code FixedClock} counts both as a configuration class and as an import), so Spring builds, and compiles
 * the rule set for, one context for all of these tests. Tests share its database: use your own externalIds, emails
 * and companies.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = {LeadRulesApplication.class, ScoringJourneyTest.FixedClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:leadrules-test;DB_CLOSE_DELAY=-1")
@Import(ScoringJourneyTest.FixedClock.class)
public @interface FullServiceTest {
}
