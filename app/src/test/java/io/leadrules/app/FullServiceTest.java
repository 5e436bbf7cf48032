package io.leadrules.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole service on a random port, against in-memory H2 and the real default rule set, with the clock fixed at
 * {@link ScoringJourneyTest#NOW}. Every full test carries exactly this, so Spring builds one context (and compiles
 * the rule set once, 10-40 s) for all of them. The configuration classes are named explicitly because
 * {@link ScoringJourneyTest} gets its nested {@code FixedClock} added by detection: naming the same two classes here
 * gives the same context key, so that test shares the context too.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:leadrules-test;DB_CLOSE_DELAY=-1")
@Import(ScoringJourneyTest.FixedClock.class)
@ContextConfiguration(classes = {LeadRulesApplication.class, ScoringJourneyTest.FixedClock.class})
@interface FullServiceTest {
}
