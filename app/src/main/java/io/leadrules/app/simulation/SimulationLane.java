package io.leadrules.app.simulation;

import io.leadrules.app.jobs.JobLane;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The lane simulations run on, one at a time, apart from the other kinds of job. */
@Configuration(proxyBeanMethods = false)
class SimulationLane {

    static final String NAME = "simulationJobLane";

    @Bean(NAME)
    JobLane simulationLane(SimulationStore store, Clock clock) {
        return new JobLane("simulation", store, clock);
    }
}
