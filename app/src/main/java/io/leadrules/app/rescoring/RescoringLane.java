package io.leadrules.app.rescoring;

import io.leadrules.app.jobs.JobLane;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The lane rescoring jobs run on, one at a time, apart from the other kinds of job. */
@Configuration(proxyBeanMethods = false)
class RescoringLane {

    static final String NAME = "rescoringJobLane";

    @Bean(NAME)
    JobLane rescoringLane(RescoringJobStore store, Clock clock) {
        return new JobLane("rescoring", store, clock);
    }
}
