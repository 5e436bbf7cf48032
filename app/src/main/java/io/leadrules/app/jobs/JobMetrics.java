package io.leadrules.app.jobs;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.springframework.stereotype.Component;

/**
 * The progress of every lane's running job as gauges: {@value #PROGRESS} tagged {@code job} (the lane: rescoring,
 * simulation, backtest, lead-import) and {@code count} (processed, or total), both 0 when the lane is idle. Read from
 * the jobs' tables when scraped, so what a scrape shows is what {@code GET} on the job answers.
 */
@Component
class JobMetrics implements MeterBinder {

    static final String PROGRESS = "leadrules.job.progress";

    private final List<JobProgressSource> lanes;

    JobMetrics(List<JobProgressSource> lanes) {
        this.lanes = List.copyOf(lanes);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (JobProgressSource lane : lanes) {
            gauge(registry, lane, "processed", l -> l.progress().processed());
            gauge(registry, lane, "total", l -> l.progress().total());
        }
    }

    private static void gauge(MeterRegistry registry, JobProgressSource lane, String count,
                              ToDoubleFunction<JobProgressSource> value) {
        Gauge.builder(PROGRESS, lane, value).description("Items the running job of a lane has processed, of its total")
                .tag("job", lane.name()).tag("count", count).register(registry);
    }
}
