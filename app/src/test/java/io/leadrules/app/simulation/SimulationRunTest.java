package io.leadrules.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.leadrules.app.jobs.JobStop;
import io.leadrules.app.jobs.JobStopped;
import io.leadrules.app.jobs.JobStops;
import io.leadrules.app.lead.LeadStore;
import io.leadrules.app.lead.StoredConsent;
import io.leadrules.app.lead.StoredLead;
import io.leadrules.app.lead.StoredProfile;
import io.leadrules.app.ruleset.RuleSetHistory;
import io.leadrules.app.ruleset.RuleSetLease;
import io.leadrules.rules.engine.CompiledRuleSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.mockito.Mockito;

/**
 * A simulation's run: one page of lead ids at a time after the last id seen, progress after every page, a lead that
 * fails counted and passed over, both versions leased for the whole run and released at its end, whatever happens.
 */
class SimulationRunTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final int PAGE = 3;

    final List<UUID> stored = IntStream.range(0, 7).mapToObj(i -> new UUID(0, i)).toList();
    final PagedCandidates candidates = new PagedCandidates(stored);
    final LeadStore leads = mock(LeadStore.class);
    final PerLead comparison = mock(PerLead.class);
    final RuleSetHistory history = mock(RuleSetHistory.class);
    final RuleSetLease draft = mock(RuleSetLease.class);
    final RuleSetLease baseline = mock(RuleSetLease.class);
    final CompiledRuleSet draftRules = mock(CompiledRuleSet.class);
    final CompiledRuleSet baselineRules = mock(CompiledRuleSet.class);
    final SimulationStore jobs = mock(SimulationStore.class);
    final SimulationRun run = new SimulationRun(candidates, leads, new LeadByLead(comparison), history, jobs,
            new SimulationSettings(PAGE), Clock.fixed(NOW, ZoneOffset.UTC));
    final Simulation job = Simulation.queued(UUID.randomUUID(), "2", "1", NOW, LeadFilter.ALL, NOW);

    @BeforeEach
    void versionsAndLeads() {
        when(history.lease("2")).thenReturn(draft);
        when(history.lease("1")).thenReturn(baseline);
        when(draft.rules()).thenReturn(draftRules);
        when(baseline.rules()).thenReturn(baselineRules);
        when(leads.findAllById(any())).thenAnswer(call -> {
            List<StoredLead> found = new ArrayList<>();
            ((Iterable<UUID>) call.getArgument(0)).forEach(id -> found.add(lead(id)));
            return found;
        });
        when(comparison.compare(any(), eq(NOW), any(), any(), any())).thenReturn(true);
        when(jobs.find(job.id())).thenReturn(Optional.of(job));
    }

    @Test
    void theRunAsksForOnePageAtATimeAfterTheLastIdItSaw() {
        run.run(job.id(), JobStops.fresh());

        assertThat(candidates.requests).containsExactly("after null, at most 3", "after " + stored.get(2)
                + ", at most 3", "after " + stored.get(5) + ", at most 3");
        verify(jobs).counted(job.id(), 7);
        verify(jobs).done(eq(job.id()), eq(NOW), any(ImpactReport.class));
    }

    @Test
    void progressIsSavedAfterEveryPageAndAFailingLeadDoesNotStopTheRun() {
        when(comparison.compare(eq(lead(stored.get(1))), eq(NOW), any(), any(), any())).thenReturn(false);
        when(comparison.compare(eq(lead(stored.get(6))), eq(NOW), any(), any(), any())).thenReturn(false);

        run.run(job.id(), JobStops.fresh());

        InOrder order = Mockito.inOrder(jobs);
        order.verify(jobs).progressed(job.id(), 3, 1);
        order.verify(jobs).progressed(job.id(), 6, 1);
        order.verify(jobs).progressed(job.id(), 7, 2);
        order.verify(jobs).done(eq(job.id()), eq(NOW), any(ImpactReport.class));
    }

    @Test
    void bothVersionsAreLeasedForTheWholeRunAndReleasedAfter() {
        run.run(job.id(), JobStops.fresh());

        InOrder order = Mockito.inOrder(history, comparison, draft, baseline);
        order.verify(history).lease("2");
        order.verify(history).lease("1");
        order.verify(comparison, Mockito.times(7)).compare(any(), eq(NOW), eq(baselineRules), eq(draftRules),
                any());
        order.verify(baseline).close();
        order.verify(draft).close();
    }

    @Test
    void aRunThatCannotReadTheLeadsFailsAndStillReleasesTheVersions() {
        doThrow(new IllegalStateException("database closed")).when(jobs).progressed(any(), anyInt(), anyInt());

        run.run(job.id(), JobStops.fresh());

        verify(jobs).failed(job.id(), NOW, "The simulation stopped: database closed");
        verify(jobs, never()).done(any(), any(), any());
        verify(draft).close();
        verify(baseline).close();
    }

    @Test
    void theReportCountsTheLeadsCompared() {
        when(comparison.compare(any(), eq(NOW), any(), any(), any())).thenAnswer(call -> {
            ImpactTally tally = call.getArgument(4);
            tally.add(((StoredLead) call.getArgument(0)).id(), ImpactTallyTest.evaluation(40, "B", "WARM", "MQL", "P3"),
                    ImpactTallyTest.evaluation(45, "B", "WARM", "MQL", "P3"));
            return true;
        });

        run.run(job.id(), JobStops.fresh());

        ArgumentCaptor<ImpactReport> report = ArgumentCaptor.forClass(ImpactReport.class);
        verify(jobs).done(eq(job.id()), eq(NOW), report.capture());
        assertThat(report.getValue().leads()).isEqualTo(7);
        assertThat(report.getValue().changed()).isEqualTo(7);
        assertThat(report.getValue().topMovers()).hasSize(7);
    }

    @Test
    void aCancelledRunStopsBeforeTheNextPageWithoutAReportAndReleasesTheVersions() {
        JobStop stop = JobStops.fresh();
        when(comparison.compare(eq(lead(stored.get(2))), eq(NOW), any(), any(), any())).thenAnswer(call -> {
            JobStops.cancel(stop);
            return true;
        });

        run.run(job.id(), stop);

        assertThat(candidates.requests).containsExactly("after null, at most 3");
        verify(jobs).progressed(job.id(), 3, 0);
        verify(jobs, never()).done(any(), any(), any());
        verify(jobs, never()).failed(any(), any(), any());
        verify(draft).close();
        verify(baseline).close();
    }

    @Test
    void aRunStoppedByTheServiceStoppingWritesNoEndAndLetsTheStopThroughForTheLaneToHandItBack() {
        JobStop stop = JobStops.fresh();
        JobStops.stopService(stop);

        assertThatThrownBy(() -> run.run(job.id(), stop)).isInstanceOf(JobStopped.class);

        verify(jobs, never()).done(any(), any(), any());
        verify(jobs, never()).failed(any(), any(), any());
        verify(draft).close();
        verify(baseline).close();
    }

    private static StoredLead lead(UUID id) {
        StoredProfile profile = StoredProfile.of(null, "Ana", null, null, null, null, null, null, null, null, null,
                null, null, null);
        return StoredLead.create(id, profile, new StoredConsent(true, false, null, null), NOW);
    }

    /** What comparing one lead comes to: the test's to say. */
    interface PerLead {
        boolean compare(StoredLead lead, Instant asOf, CompiledRuleSet baseline, CompiledRuleSet draft,
                        ImpactTally tally);
    }

    /** A page compared as its leads one by one, in order. */
    static final class LeadByLead extends LeadComparison {

        private final PerLead each;

        LeadByLead(PerLead each) {
            super(null, null, null);
            this.each = each;
        }

        @Override
        int compareAll(List<StoredLead> page, Instant asOf, CompiledRuleSet baseline, CompiledRuleSet draft,
                       ImpactTally tally) {
            return (int) page.stream().filter(lead -> !each.compare(lead, asOf, baseline, draft, tally)).count();
        }
    }

    /** Seven stored leads served by keyset pages, recording what was asked. */
    static final class PagedCandidates extends SimulationCandidates {

        final List<UUID> ids;
        final List<String> requests = new ArrayList<>();

        PagedCandidates(List<UUID> ids) {
            super(null);
            this.ids = ids;
        }

        @Override
        int count(LeadFilter filter) {
            return ids.size();
        }

        @Override
        List<UUID> after(LeadFilter filter, UUID after, int limit) {
            requests.add("after " + after + ", at most " + limit);
            return ids.stream().filter(id -> after == null || id.compareTo(after) > 0).limit(limit).toList();
        }
    }
}
