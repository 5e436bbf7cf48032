package io.leadrules.app.lead.imports;

import io.leadrules.app.jobs.LocalJobLane;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The lane lead imports run on, one at a time, apart from rescoring, simulations and backtests: in the process that
 * received the upload, whose file only that instance's disk holds (docs/decisions/0040 says what this means with
 * several instances).
 */
@Configuration(proxyBeanMethods = false)
class LeadImportLane {

    static final String NAME = "leadImportJobLane";

    @Bean(NAME)
    LocalJobLane leadImportLane(LeadImportStore store, Clock clock) {
        return new LocalJobLane("lead-import", store, clock);
    }
}
