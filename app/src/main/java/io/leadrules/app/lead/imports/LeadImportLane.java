package io.leadrules.app.lead.imports;

import io.leadrules.app.jobs.JobLane;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The lane lead imports run on, one at a time, apart from rescoring, simulations and backtests. */
@Configuration(proxyBeanMethods = false)
class LeadImportLane {

    static final String NAME = "leadImportJobLane";

    @Bean(NAME)
    JobLane leadImportLane(LeadImportStore store, Clock clock) {
        return new JobLane("lead-import", store, clock);
    }
}
