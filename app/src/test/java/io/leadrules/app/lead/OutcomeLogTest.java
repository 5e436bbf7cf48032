package io.leadrules.app.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.FullServiceTest;
import io.leadrules.app.lead.outcome.OutcomeLog;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The outcome log read outside a transaction, as a backtest reads it page after page. */
@FullServiceTest
class OutcomeLogTest {

    @Autowired
    OutcomeLog outcomes;

    /**
     * A backtest over more pages of stored leads than the pool has connections hung for 30 s and failed while the
     * outcomes of each page were read through a stream nobody closed: every read kept its connection.
     */
    @Test
    void readingTheOutcomesOfLeadsPageAfterPageGivesEveryConnectionBack() {
        for (int page = 0; page < 25; page++) {
            assertThat(outcomes.ofLeads(List.of(UUID.randomUUID()))).isEmpty();
        }
    }
}
