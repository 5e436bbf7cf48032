package io.leadrules.app.console;

import io.leadrules.app.FullServiceTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A journey in a real browser (headless Chromium through /usr/bin/chromedriver) against the full service. Tagged
 * {@code browser}: only {@code ./mvnw -Pbrowser verify} runs these (README, "Browser tests"), so the plain test
 * command needs nothing but a JDK.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@FullServiceTest
public @interface BrowserTest {
}
