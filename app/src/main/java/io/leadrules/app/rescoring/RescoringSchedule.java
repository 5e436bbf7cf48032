package io.leadrules.app.rescoring;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The nightly rescoring, so that decay shows in the sales queue even when nothing new happens. On unless
 * {@code leadrules.rescoring.schedule-enabled} is false (as in tests).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "leadrules.rescoring.schedule-enabled", matchIfMissing = true)
class RescoringSchedule {

    private final RescoringJobs jobs;

    RescoringSchedule(RescoringJobs jobs) {
        this.jobs = jobs;
    }

    @Scheduled(cron = "${leadrules.rescoring.cron:" + RescoringSettings.DEFAULT_CRON + "}", zone = "UTC")
    void nightly() {
        jobs.start();
    }
}
