package io.leadrules.app.backtest;

import io.leadrules.app.jobs.JobLane;
import io.leadrules.app.jobs.JobScheduler;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The lane backtests run on, apart from rescoring and simulations, each backtest on one instance at a time. */
@Configuration(proxyBeanMethods = false)
class BacktestLane {

    static final String NAME = "backtestJobLane";

    @Bean(NAME)
    JobLane backtestLane(BacktestStore store, BacktestRun run, JobScheduler scheduler, Clock clock) {
        return new JobLane("backtest", store, clock, scheduler, run::run);
    }
}
