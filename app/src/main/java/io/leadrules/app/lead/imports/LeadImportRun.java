package io.leadrules.app.lead.imports;

import io.leadrules.app.jobs.JobState;
import io.leadrules.app.jobs.JobStop;
import io.leadrules.app.jobs.JobStopped;
import io.leadrules.app.lead.BulkLeadRegistration;
import io.leadrules.app.lead.BulkLeadRegistration.Outcome;
import io.leadrules.app.lead.LeadRequest;
import io.leadrules.app.system.FieldProblem;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs one import to its end: gathers a page of lines as the file hands them on, refuses the lines
 * {@code POST /api/v1/leads} would refuse, stores the others in one transaction ({@link BulkLeadRegistration}), saves
 * the progress, and goes on until the file ends, the job is cancelled (what was stored stays) or the service stops (FAILED). Lines are judged in file order, so the
 * same person on two lines is created by the first and updated by the second, as two posts would do.
 */
@Component
class LeadImportRun {

    private static final Logger log = LoggerFactory.getLogger(LeadImportRun.class);

    private final BulkLeadRegistration registration;
    private final LeadImportStore store;
    private final LeadImportSettings settings;
    private final LeadImportMetrics metrics;
    private final Clock clock;

    LeadImportRun(BulkLeadRegistration registration, LeadImportStore store, LeadImportSettings settings,
                  LeadImportMetrics metrics, Clock clock) {
        this.registration = registration;
        this.store = store;
        this.settings = settings;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Runs the import, which its lane has just marked RUNNING. */
    void run(LeadImport job, LeadLines lines, JobStop stop) {
        try (lines) {
            LeadImportTally tally = new LeadImportTally();
            List<ImportLine> page = new ArrayList<>(settings.pageSize());
            lines.read(line -> {
                page.add(line);
                if (page.size() == settings.pageSize()) {
                    flush(job, page, tally, stop);
                }
            });
            flush(job, page, tally, stop);
            store.end(job.id(), JobState.DONE, clock.instant(), null);
            log.info("Lead import {} done: {} lines, {} created, {} updated, {} refused", job.id(),
                    tally.linesRead(), tally.created(), tally.updated(), tally.rejected());
        } catch (JobStopped e) {
            if (!e.cancelled()) {
                store.end(job.id(), JobState.FAILED, clock.instant(), "The import stopped: " + e.getMessage());
            }
        } catch (IOException | RuntimeException e) {
            log.error("Lead import {} failed", job.id(), e);
            store.end(job.id(), JobState.FAILED, clock.instant(), "The import stopped: " + e.getMessage());
        }
    }

    /** Stores a full page (or the last one), saves the progress and empties the page for the next lines. */
    private void flush(LeadImport job, List<ImportLine> page, LeadImportTally tally, JobStop stop) {
        if (page.isEmpty()) {
            return;
        }
        stop.check();
        LeadImportTally.Counts before = tally.counts();
        store(page, tally);
        store.progressed(job.id(), tally);
        metrics.page(before, tally.counts());
        page.clear();
    }

    /** Checks each line, stores the good ones together, and counts every line in file order. */
    private void store(List<ImportLine> page, LeadImportTally tally) {
        List<List<FieldProblem>> problems = new ArrayList<>(page.size());
        List<LeadRequest> storable = new ArrayList<>(page.size());
        for (ImportLine line : page) {
            List<FieldProblem> found = line.readable() ? registration.problemsOf(line.request()) : line.problems();
            problems.add(found);
            if (found.isEmpty()) {
                storable.add(line.request());
            }
        }
        Iterator<Outcome> outcomes = storable.isEmpty() ? List.<Outcome>of().iterator()
                : registration.register(storable).iterator();
        tally.read(page.size());
        for (int i = 0; i < page.size(); i++) {
            if (problems.get(i).isEmpty()) {
                tally.stored(page.get(i).line(), outcomes.next());
            } else {
                tally.rejected(page.get(i).line(), problems.get(i));
            }
        }
    }
}
