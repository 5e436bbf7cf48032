package io.leadrules.app.lead.imports;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Lines of lead imports as counters, {@value #LINES} tagged {@code outcome}: created, updated (leads stored) and
 * rejected (lines refused), counted a page at a time as the import's progress is saved. With the job's progress gauge
 * ({@code leadrules.job.progress{job="lead-import"}}) it tells how fast imports go and how much of them is refused.
 */
@Component
class LeadImportMetrics {

    static final String LINES = "leadrules.lead.imports.lines";

    private final Counter created;
    private final Counter updated;
    private final Counter rejected;

    LeadImportMetrics(MeterRegistry registry) {
        this.created = counter(registry, "created");
        this.updated = counter(registry, "updated");
        this.rejected = counter(registry, "rejected");
    }

    /** Counts what one page added to the tally: the counts after it less those before it. */
    void page(LeadImportTally.Counts before, LeadImportTally.Counts after) {
        created.increment(after.created() - before.created());
        updated.increment(after.updated() - before.updated());
        rejected.increment(after.rejected() - before.rejected());
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder(LINES).description("Lines of lead imports, by what became of them")
                .tag("outcome", outcome).register(registry);
    }
}
