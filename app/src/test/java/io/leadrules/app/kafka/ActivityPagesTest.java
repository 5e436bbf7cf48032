package io.leadrules.app.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.leadrules.app.lead.ActivityFeed;
import io.leadrules.app.scoring.ActivityData;
import io.leadrules.app.scoring.ScoringSettings;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.SystemProblem;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How a page of events is stored when something fails: a refused lead costs only its refused event (the others of the
 * page are stored lead by lead), while a database outage is thrown for the container to retry, never dead-lettered.
 * The feed is a stand-in here; KafkaActivitiesTest runs the real one against a broker.
 */
class ActivityPagesTest {

    private final ActivityFeed feed = mock(ActivityFeed.class);
    private final ActivityPages pages = new ActivityPages(feed, new TransactionTemplate(new NoDatabase()),
            new ScoringSettings(5000, null));
    private final UUID ana = UUID.randomUUID();
    private final UUID ben = UUID.randomUUID();

    @Test
    void aRefusedEventIsTheOnlyOneRefusedAndTheRestOfThePageIsStored() {
        ActivityPages.Checked good = event(ana, "a-1", 0);
        ActivityPages.Checked taken = event(ana, "a-2", 1);
        ActivityPages.Checked other = event(ben, "b-1", 2);
        ProblemException conflict = new ProblemException(SystemProblem.INVALID_LEAD, "taken");
        when(feed.post(eq(ana), eq(List.of(good.activity(), taken.activity())))).thenThrow(conflict);
        when(feed.post(eq(ana), eq(List.of(good.activity())))).thenReturn(new ActivityFeed.Posted(1, 0, true));
        when(feed.post(eq(ana), eq(List.of(taken.activity())))).thenThrow(conflict);
        when(feed.post(eq(ben), anyList())).thenReturn(new ActivityFeed.Posted(1, 0, true));

        ActivityPages.Outcome outcome = pages.store(List.of(good, taken, other));

        assertThat(outcome.stored()).isEqualTo(2);
        assertThat(outcome.refused()).singleElement().satisfies(refused -> {
            assertThat(refused.record().offset()).isEqualTo(1);
            assertThat(refused.problem().getType().toString()).isEqualTo("/problems/invalid-lead");
        });
    }

    @Test
    void aDatabaseOutageIsThrownForTheContainerToRetryAndRefusesNothing() {
        when(feed.post(eq(ana), anyList())).thenThrow(new CannotGetJdbcConnectionException("down"));

        assertThatThrownBy(() -> pages.store(List.of(event(ana, "a-1", 0), event(ben, "b-1", 1))))
                .isInstanceOf(CannotGetJdbcConnectionException.class);
    }

    @Test
    void aDefectIsRefusedAsAnInternalErrorSoThatItCannotBlockThePartition() {
        when(feed.post(eq(ana), anyList())).thenThrow(new IllegalStateException("a defect"));

        ActivityPages.Outcome outcome = pages.store(List.of(event(ana, "a-1", 0)));

        assertThat(outcome.refused()).singleElement().satisfies(refused -> assertThat(refused.problem().getType()
                .toString()).isEqualTo("/problems/internal-error"));
    }

    private static ActivityPages.Checked event(UUID lead, String id, long offset) {
        return new ActivityPages.Checked(new ConsumerRecord<>("t", 0, offset, lead.toString(), new byte[0]), lead,
                new ActivityData(id, "PAGE_VIEW", Instant.parse("2026-11-20T10:00:00Z"), null, null, null));
    }

    /** Transactions that begin, commit and roll back nothing: the feed stands in for the database. */
    private static final class NoDatabase extends AbstractPlatformTransactionManager {

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }
}
