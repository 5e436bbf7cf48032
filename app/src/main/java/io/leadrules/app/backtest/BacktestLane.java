package io.leadrules.app.backtest;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/** The backtests' lane: one background thread; unfinished backtests of a previous run are FAILED at startup. */
@Component
class BacktestLane implements SmartInitializingSingleton, DisposableBean {

    private final BacktestStore store;
    private final BacktestDatasets datasets;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> new Thread(task, "backtest"));

    BacktestLane(BacktestStore store, BacktestDatasets datasets, Clock clock) {
        this.store = store;
        this.datasets = datasets;
        this.clock = clock;
    }

    void submit(UUID id, Runnable job) {
        executor.execute(job);
    }

    @Override
    public void afterSingletonsInstantiated() {
        store.failUnfinished(clock.instant(), "Interrupted: the service stopped while the backtest was queued or "
                + "running. Start it again.");
        datasets.deleteLeftovers();
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
