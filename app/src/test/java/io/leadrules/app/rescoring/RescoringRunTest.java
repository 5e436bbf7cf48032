package io.leadrules.app.rescoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.leadrules.app.jobs.JobState;
import io.leadrules.app.jobs.JobStop;
import io.leadrules.app.jobs.JobStops;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The shape of a job's memory use: it asks for one page of lead ids at a time, never more than the page size, and
 * holds nothing of the pages before (the next page is asked for after the last id seen, not by offset). Between pages
 * it heeds its stop signal.
 */
class RescoringRunTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final int PAGE = 3;

    final List<UUID> stored = IntStream.range(0, 7).mapToObj(i -> new UUID(0, i)).toList();
    final RescoringCandidates candidates = new PagedCandidates(stored);
    final LeadRescoring rescoring = mock(LeadRescoring.class);
    final PageRescoring pages = new LeadByLead(rescoring);
    final RescoringJobStore jobs = mock(RescoringJobStore.class);
    final RescoringRun run = new RescoringRun(candidates, pages, jobs, new RescoringSettings(false, null, PAGE),
            Clock.fixed(NOW, ZoneOffset.UTC));
    final RescoringJob job = RescoringJob.queued(UUID.randomUUID(), NOW);

    @Test
    void theJobAsksForOnePageAtATimeAfterTheLastIdItSaw() {
        when(rescoring.rescore(any(), eq(NOW))).thenReturn(LeadRescoring.Outcome.UNCHANGED);

        run.run(job, JobStops.fresh());

        PagedCandidates pages = (PagedCandidates) candidates;
        assertThat(pages.requests).containsExactly("after null, at most 3", "after " + stored.get(2) + ", at most 3",
                "after " + stored.get(5) + ", at most 3");
        verify(jobs).counted(job.id(), 7);
        verify(jobs).finished(eq(job.id()), eq(JobState.DONE), eq(NOW), eq(null));
    }

    @Test
    void progressIsSavedAfterEveryPageAndAFailingLeadDoesNotStopTheJob() {
        when(rescoring.rescore(any(), eq(NOW))).thenReturn(LeadRescoring.Outcome.CHANGED);
        when(rescoring.rescore(stored.get(1), NOW)).thenReturn(LeadRescoring.Outcome.FAILED);
        when(rescoring.rescore(stored.get(4), NOW)).thenReturn(LeadRescoring.Outcome.UNCHANGED);
        when(rescoring.rescore(stored.get(6), NOW)).thenReturn(LeadRescoring.Outcome.SKIPPED);

        run.run(job, JobStops.fresh());

        ArgumentCaptor<Progress> progress = ArgumentCaptor.forClass(Progress.class);
        verify(jobs, times(3)).progressed(eq(job.id()), progress.capture());
        assertThat(progress.getAllValues()).containsExactly(new Progress(3, 2, 1), new Progress(6, 4, 1),
                new Progress(6, 4, 1));
        verify(jobs).finished(eq(job.id()), eq(JobState.DONE), eq(NOW), eq(null));
    }

    @Test
    void aJobThatCannotReadTheLeadsFails() {
        RescoringCandidates gone = mock(RescoringCandidates.class);
        when(gone.count()).thenReturn(7);
        when(gone.after(any(), anyInt())).thenThrow(new IllegalStateException("database closed"));
        RescoringRun failing = new RescoringRun(gone, pages, jobs, new RescoringSettings(false, null, PAGE),
                Clock.fixed(NOW, ZoneOffset.UTC));

        failing.run(job, JobStops.fresh());

        verify(jobs).finished(job.id(), JobState.FAILED, NOW, "The job stopped: database closed");
    }

    @Test
    void aCancelledJobStopsBeforeTheNextPageKeepingItsProgressAndWritesNoEnd() {
        JobStop stop = JobStops.fresh();
        when(rescoring.rescore(any(), eq(NOW))).thenAnswer(call -> {
            if (call.getArgument(0).equals(stored.get(1))) {
                JobStops.cancel(stop);
            }
            return LeadRescoring.Outcome.CHANGED;
        });

        run.run(job, stop);

        assertThat(((PagedCandidates) candidates).requests).containsExactly("after null, at most 3");
        verify(jobs).progressed(job.id(), new Progress(3, 3, 0));
        verify(jobs, never()).finished(any(), any(), any(), any());
    }

    @Test
    void aJobStoppedByTheServiceStoppingFailsSayingSo() {
        JobStop stop = JobStops.fresh();
        JobStops.stopService(stop);

        run.run(job, stop);

        verify(jobs).finished(job.id(), JobState.FAILED, NOW, "The job stopped: the service is shutting down");
        verify(rescoring, never()).rescore(any(), any());
    }

    /** A page rescored as its leads one by one would be: what each lead comes to is the test's to say. */
    static final class LeadByLead extends PageRescoring {

        private final LeadRescoring each;

        LeadByLead(LeadRescoring each) {
            super(null, null, null, null, null, null, null);
            this.each = each;
        }

        @Override
        Map<UUID, LeadRescoring.Outcome> rescore(List<UUID> ids, Instant asOf) {
            Map<UUID, LeadRescoring.Outcome> outcomes = new LinkedHashMap<>();
            ids.forEach(id -> outcomes.put(id, each.rescore(id, asOf)));
            return outcomes;
        }
    }

    /** Lead ids in id order, served a page at a time; records what was asked for. */
    static final class PagedCandidates extends RescoringCandidates {

        final List<String> requests = new ArrayList<>();
        private final List<UUID> ids;

        PagedCandidates(List<UUID> ids) {
            super(null);
            this.ids = ids;
        }

        @Override
        int count() {
            return ids.size();
        }

        @Override
        List<UUID> after(UUID after, int limit) {
            requests.add("after " + after + ", at most " + limit);
            return ids.stream().filter(id -> after == null || id.compareTo(after) > 0).limit(limit).toList();
        }
    }
}
