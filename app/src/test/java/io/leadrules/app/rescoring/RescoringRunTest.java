package io.leadrules.app.rescoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.github.kagkarlsson.scheduler.task.TaskInstance;
import io.leadrules.app.jobs.JobScheduler;
import io.leadrules.app.jobs.JobState;
import io.leadrules.app.jobs.JobStop;
import io.leadrules.app.jobs.JobStopped;
import io.leadrules.app.jobs.JobStops;
import io.leadrules.app.rescoring.RescoringPages.Page;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cutting a job into pages: one keyset read of ids at a time after the last id seen, never more than the page size
 * (the cut holds ids only), each page's bounds stored and its execution scheduled; a job cut already is not cut again
 * (its pages not done are scheduled again, if missing). Between reads it heeds its stop signal.
 */
class RescoringRunTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final int PAGE = 3;

    final List<UUID> stored = IntStream.range(0, 7).mapToObj(i -> new UUID(0, i)).toList();
    final PagedCandidates candidates = new PagedCandidates(stored);
    final RescoringJobStore jobs = mock(RescoringJobStore.class);
    final RescoringPages pages = mock(RescoringPages.class);
    final RescoringPageRun pageRun = mock(RescoringPageRun.class);
    final JobScheduler scheduler = mock(JobScheduler.class);
    final TransactionTemplate transactions = new TransactionTemplate(mock(PlatformTransactionManager.class));
    final RescoringRun run = run(candidates);
    final UUID job = UUID.randomUUID();

    @BeforeEach
    void executions() {
        when(pageRun.execution(any())).thenAnswer(call -> {
            Page page = call.getArgument(0);
            return new TaskInstance<Void>(RescoringPageRun.TASK, page.jobId() + "/" + page.number());
        });
    }

    @Test
    void theJobIsCutIntoPagesOneKeysetReadAtATimeAndEveryPageIsScheduled() {
        run.run(job, JobStops.fresh());

        assertThat(candidates.requests).containsExactly("after null, at most 3", "after " + stored.get(2)
                + ", at most 3", "after " + stored.get(5) + ", at most 3");
        verify(jobs).counted(job, 7);
        verify(pages).insert(List.of(new Page(job, 0, null, stored.get(2)), new Page(job, 1, stored.get(2),
                stored.get(5)), new Page(job, 2, stored.get(5), stored.get(6))));
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<TaskInstance<?>>> scheduled = ArgumentCaptor.forClass(List.class);
        verify(scheduler).scheduleIfMissing(scheduled.capture());
        assertThat(scheduled.getValue()).extracting(TaskInstance::getId).containsExactly(job + "/0", job + "/1",
                job + "/2");
        verify(jobs, never()).doneIfAllPagesDone(any(), any());
    }

    @Test
    void aJobWithNoLeadEndsDoneAtOnce() {
        run(new PagedCandidates(List.of())).run(job, JobStops.fresh());

        verify(jobs).counted(job, 0);
        verify(jobs).doneIfAllPagesDone(job, NOW);
        verify(pages, never()).insert(any());
    }

    @Test
    void aJobCutAlreadyIsNotCutAgainButItsUndonePagesAreScheduledIfMissing() {
        Page left = new Page(job, 2, stored.get(5), stored.get(6));
        when(pages.planned(job)).thenReturn(true);
        when(pages.undone(job)).thenReturn(List.of(left));

        run.run(job, JobStops.fresh());

        assertThat(candidates.requests).isEmpty();
        verify(pages, never()).insert(any());
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<TaskInstance<?>>> scheduled = ArgumentCaptor.forClass(List.class);
        verify(scheduler).scheduleIfMissing(scheduled.capture());
        assertThat(scheduled.getValue()).extracting(TaskInstance::getId).containsExactly(job + "/2");
    }

    @Test
    void aJobThatCannotReadTheLeadsFails() {
        RescoringCandidates gone = mock(RescoringCandidates.class);
        when(gone.count()).thenReturn(7);
        when(gone.after(any(), anyInt())).thenThrow(new IllegalStateException("database closed"));

        run(gone).run(job, JobStops.fresh());

        verify(jobs).finished(job, JobState.FAILED, NOW, "The job stopped: database closed");
        verify(pages, never()).insert(any());
    }

    @Test
    void aJobStoppedWhileItIsCutWritesNoPageAndLetsTheStopThrough() {
        JobStop stop = JobStops.fresh();
        JobStops.stopService(stop);

        assertThatThrownBy(() -> run.run(job, stop)).isInstanceOf(JobStopped.class);

        verify(pages, never()).insert(any());
        verify(jobs, never()).finished(any(), any(), any(), any());
    }

    private RescoringRun run(RescoringCandidates from) {
        return new RescoringRun(from, jobs, pages, pageRun, scheduler, transactions,
                new RescoringSettings(false, null, PAGE), Clock.fixed(NOW, ZoneOffset.UTC));
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
