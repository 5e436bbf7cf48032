package io.leadrules.app.simulation;

import io.leadrules.app.jobs.JobLane;
import io.leadrules.app.jobs.JobScheduler;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The lane simulations run on, apart from the other kinds of job. A simulation writes nothing but its progress and its
 * report, so one resumed after its instance died runs again from its first lead.
 */
@Configuration(proxyBeanMethods = false)
class SimulationLane {

    static final String NAME = "simulationJobLane";

    @Bean(NAME)
    JobLane simulationLane(SimulationStore store, SimulationRun run, JobScheduler scheduler, Clock clock) {
        return new JobLane("simulation", store, clock, scheduler, run::run);
    }
}
