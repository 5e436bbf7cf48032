package io.leadrules.app.scoring.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.rules.vocabulary.Activity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a CSV batch joins its activities file to its rows: combined with the cell, passed for a rejected row. */
class CsvBatchActivitiesTest {

    private static final Instant STARTED = Instant.parse("2026-11-22T10:00:00Z");

    private static List<BatchItem> read(String leads, String activities) throws IOException {
        List<BatchItem> items = new ArrayList<>();
        BatchParts.standalone().csv().read(bytes(leads), bytes(activities), List.of(), STARTED, items::add);
        return items;
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRowWithAnActivitiesCellAndFileRowsGetsBothTheCellsFirst() throws IOException {
        List<BatchItem> items = read("id,externalId,activities\nL1,crm-1,DEMO_REQUESTED@-1d\n",
                "lead,type,occurredAt\nL1,PAGE_VIEW,2026-11-20T10:00:00Z\n");

        BatchItem.Scorable scorable = (BatchItem.Scorable) items.get(0);
        assertThat(scorable.input().activities()).extracting(Activity::type)
                .containsExactly("DEMO_REQUESTED", "PAGE_VIEW");
    }

    @Test
    void theCellAndTheFileTogetherMayNotPassTheActivityLimit() throws IOException {
        List<BatchItem> items = read("id,activities\nL1,PAGE_VIEW x5000@-1d\n",
                "lead,type,occurredAt\nL1,PAGE_VIEW,2026-11-20T10:00:00Z\n");

        BatchItem.Refused refused = (BatchItem.Refused) items.get(0);
        assertThat(refused.problem().type()).isEqualTo("/problems/invalid-row");
        assertThat(refused.problem().errors()).extracting(LineProblem.Member::field).containsExactly("activities");
        assertThat(refused.problem().detail()).contains("5001 activities");
    }

    @Test
    void theActivitiesOfARejectedRowAreReadPastSoTheNextLeadGetsItsOwn() throws IOException {
        List<BatchItem> items = read("id,companySize\nL1,many\nL2,10\n", """
                lead,type,occurredAt
                L1,DEMO_REQUESTED,2026-11-20T10:00:00Z
                L2,PAGE_VIEW,2026-11-20T10:00:00Z
                """);

        assertThat(items).hasSize(2);
        assertThat(items.get(0)).isInstanceOf(BatchItem.Refused.class);
        assertThat(((BatchItem.Scorable) items.get(1)).input().activities()).extracting(Activity::type)
                .containsExactly("PAGE_VIEW");
    }

    @Test
    void leadsWithoutAnIdColumnAreNamedByTheirLineNumber() throws IOException {
        List<BatchItem> items = read("externalId\ncrm-1\ncrm-2\n",
                "lead,type,occurredAt\n3,PAGE_VIEW,2026-11-20T10:00:00Z\n");

        assertThat(((BatchItem.Scorable) items.get(0)).input().activities()).isEmpty();
        assertThat(((BatchItem.Scorable) items.get(1)).input().activities()).hasSize(1);
        assertThat(items).hasSize(2);
    }
}
