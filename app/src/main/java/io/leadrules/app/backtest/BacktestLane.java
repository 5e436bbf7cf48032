package io.leadrules.app.backtest;

import io.leadrules.app.jobs.JobLane;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The lane backtests run on, one at a time, apart from rescoring and simulations. */
@Configuration(proxyBeanMethods = false)
class BacktestLane {

    static final String NAME = "backtestJobLane";

    @Bean(NAME)
    JobLane backtestLane(BacktestStore store, Clock clock) {
        return new JobLane("backtest", store, clock);
    }
}
