package io.leadrules.app.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A page is evaluated on workers that see the application's classes: in the packaged jar those live in Spring Boot's
 * own class loader, and Drools looks its services up through the worker's context loader (with the default workers,
 * every evaluation of the packaged service failed).
 */
class PageDecisionsTest {

    @Test
    void everyWorkerHasTheContextLoaderOfTheThreadThatMadeTheBean() {
        ClassLoader application = new URLClassLoader(new URL[0], getClass().getClassLoader());
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        PageDecisions pages;
        Thread.currentThread().setContextClassLoader(application);
        try {
            pages = new PageDecisions(null, null, null, null, null, null, Clock.systemUTC(), null);
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
        try {
            List<ClassLoader> seen = pages.onEveryCore(IntStream.range(0, 64).boxed().toList(),
                    i -> Thread.currentThread().getContextClassLoader());

            assertThat(seen).hasSize(64).containsOnly(application);
        } finally {
            pages.stop();
        }
    }

    @Test
    void answersComeInThePagesOrder() {
        PageDecisions pages = new PageDecisions(null, null, null, null, null, null, Clock.systemUTC(), null);
        try {
            assertThat(pages.onEveryCore(IntStream.range(0, 500).boxed().toList(), i -> i * 2))
                    .containsExactlyElementsOf(IntStream.range(0, 500).map(i -> i * 2).boxed().toList());
        } finally {
            pages.stop();
        }
    }
}
