package io.leadrules.app.rescoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.leadrules.app.ApiClient;
import io.leadrules.app.FullServiceTest;
import io.leadrules.app.jobs.JobScheduler;
import io.leadrules.app.jobs.JobState;
import io.leadrules.app.jobs.JobStops;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pages of a rescoring job on the real database, run by the test as instances of the cluster would: a page run
 * twice (its first instance was thought dead) is done, counted and decided once; the page that commits last ends the
 * job DONE, with the totals of all pages.
 */
@FullServiceTest
class RescoringPageRunTest {

    @LocalServerPort
    int port;
    @Autowired
    RescoringJobStore store;
    @Autowired
    RescoringPages pages;
    @Autowired
    RescoringPageRun pageRun;
    @Autowired
    RescoringCandidates candidates;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void aPageRunTwiceIsDoneOnceAndTheLastPageEndsTheJobDoneWithEveryLeadCounted() {
        ApiClient api = new ApiClient(port);
        for (int i = 0; i < 3; i++) {
            String tag = UUID.randomUUID().toString().substring(0, 8);
            api.expect(201, api.postJson("/api/v1/leads", """
                    {"lead": {"externalId": "page-%1$s", "email": "ana.%1$s@acme-soft.com", "company": "Acme %1$s",
                              "consent": {"dataProcessing": true}}}""".formatted(tag)));
        }
        RescoringJob job = RescoringJob.queued(UUID.randomUUID(), clock.instant());
        // the suite's clock is fixed and its database shared: other tests' jobs decided at this as_of too
        Map<String, Integer> before = decisionsAt(job);
        store.insert(job);
        assertThat(store.start(job.id())).isTrue();
        int leads = candidates.count();
        new RescoringRun(candidates, store, pages, pageRun, mock(JobScheduler.class), transactions,
                new RescoringSettings(false, null, leads / 2 + 1), clock).run(job.id(), JobStops.fresh());

        pageRun.run(job.id(), 0);
        RescoringJob afterFirst = store.find(job.id()).orElseThrow();
        pageRun.run(job.id(), 0);
        RescoringJob afterAgain = store.find(job.id()).orElseThrow();
        pageRun.run(job.id(), 1);
        RescoringJob done = store.find(job.id()).orElseThrow();

        assertThat(afterFirst.state()).isEqualTo(JobState.RUNNING);
        assertThat(afterAgain).as("the page run again changed nothing").isEqualTo(afterFirst);
        assertThat(List.of(done.state(), done.total(), done.processed()))
                .containsExactly(JobState.DONE, leads, leads);
        assertThat(pages.undone(job.id())).isEmpty();
        Map<String, Integer> after = decisionsAt(job);
        assertThat(after.entrySet()).as("no lead decided twice by the job")
                .allSatisfy(lead -> assertThat(lead.getValue() - before.getOrDefault(lead.getKey(), 0))
                        .as("decisions of lead %s by the job", lead.getKey()).isLessThanOrEqualTo(1));
    }

    /** How many decisions each lead has at the job's as-of instant. */
    private Map<String, Integer> decisionsAt(RescoringJob job) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql("SELECT lead_id, COUNT(*) FROM decisions WHERE as_of = :asOf GROUP BY lead_id")
                .param("asOf", Timestamp.from(job.asOf()))
                .query((rs, row) -> counts.put(rs.getString(1), rs.getInt(2))).list();
        return counts;
    }
}
