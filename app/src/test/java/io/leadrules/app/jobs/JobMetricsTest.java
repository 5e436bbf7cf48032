package io.leadrules.app.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A lane's running job shows as two gauges, processed and total, tagged with the lane; an idle lane, 0 of 0. */
class JobMetricsTest {

    private final LocalJobLaneTest.Table table = new LocalJobLaneTest.Table();
    private final LocalJobLane lane = new LocalJobLane("rescoring", table, Clock.systemUTC());
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @AfterEach
    void stop() throws InterruptedException {
        lane.destroy();
    }

    @Test
    void theGaugesShowWhatTheJobTableSaysOfTheRunningJob() {
        new JobMetrics(List.of(lane)).bindTo(registry);

        table.progress = new JobProgress(3, 10);
        assertThat(gauge("processed")).isEqualTo(3);
        assertThat(gauge("total")).isEqualTo(10);

        table.progress = JobProgress.IDLE;
        assertThat(gauge("processed")).isZero();
        assertThat(gauge("total")).isZero();
    }

    private double gauge(String count) {
        return registry.get(JobMetrics.PROGRESS).tag("job", "rescoring").tag("count", count).gauge().value();
    }
}
