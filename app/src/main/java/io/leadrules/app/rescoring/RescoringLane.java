package io.leadrules.app.rescoring;

import io.leadrules.app.jobs.JobLane;
import io.leadrules.app.jobs.JobScheduler;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The lane rescoring jobs run on, apart from the other kinds of job: its execution cuts a job into pages
 * ({@link RescoringRun}), which then run on every instance ({@link RescoringPageRun}).
 */
@Configuration(proxyBeanMethods = false)
class RescoringLane {

    static final String NAME = "rescoringJobLane";

    @Bean(NAME)
    JobLane rescoringLane(RescoringJobStore store, RescoringRun run, JobScheduler scheduler, Clock clock) {
        return new JobLane("rescoring", store, clock, scheduler, run::run);
    }
}
