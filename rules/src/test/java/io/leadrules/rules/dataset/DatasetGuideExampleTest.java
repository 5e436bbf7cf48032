package io.leadrules.rules.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example in the guide for marketing ops reads as the guide says, so the two cannot drift apart. */
class DatasetGuideExampleTest {

    private static final Path GUIDE = Path.of("..", "docs", "rules-authoring.md");

    private static String example() throws IOException {
        String guide = Files.readString(GUIDE);
        int section = guide.indexOf("## Backtest datasets");
        int start = guide.indexOf("```csv\n", section) + "```csv\n".length();
        return guide.substring(start, guide.indexOf("```", start));
    }

    @Test
    void theGuidesThreeRowsAreReadWithTheirOutcomesAndActivities() throws IOException {
        List<DatasetRow> rows = DatasetFiles.read(example()).rows();

        assertThat(rows).extracting(DatasetRow::id).containsExactly("crm-101", "crm-102", "crm-103");
        assertThat(rows).extracting(DatasetRow::outcome)
                .containsExactly(DatasetOutcome.WON, DatasetOutcome.LOST, DatasetOutcome.NONE);
        assertThat(rows.get(0).activities()).hasSize(5).first().extracting(a -> a.occurredAt())
                .isEqualTo(Instant.parse("2026-01-08T09:00:00Z"));
        assertThat(rows.get(2).activities()).isEmpty();
    }
}
