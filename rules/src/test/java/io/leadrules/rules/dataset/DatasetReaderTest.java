package io.leadrules.rules.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.rules.model.AttributeDeclaration;
import io.leadrules.rules.model.AttributeType;
import io.leadrules.rules.vocabulary.Activity;
import io.leadrules.rules.vocabulary.Consent;
import io.leadrules.rules.vocabulary.Lead;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetReaderTest {

    private static final String SMALL = """
            id,createdAt,cutoff,outcome,outcomeAt,externalId,firstName,lastName,email,phone,company,jobTitle,\
            industry,companySize,annualRevenue,country,source,leadMagnet,productInterest,consent,profilingObjection,\
            attributes.timeOnSite,activities
            ana,2026-01-10T09:00:00Z,2026-01-20T00:00:00Z,WON,2026-02-01T10:00:00Z,crm-1,Ana,Garcia,ana@acme.com,\
            0034 612 345 678,Acme Soft,Marketing Director,SOFTWARE,250,12000000,ES,ORGANIC_SEARCH,EBOOK,crm-suite,yes,\
            no,320,"DEMO_REQUESTED@+2d; PAGE_VIEW x2=60@2026-01-11T08:00:00Z"
            ,2026-01-12T00:00:00Z,,,,,,,,,,,,,,,,,,none,,,
            bo,2026-01-13T00:00:00Z,,no,,crm-3,Bo,,,,,,,,,,,,,no,yes,,EMAIL_OPEN
            """;

    @Test
    void readsEveryColumnOfARowIntoTheLeadAndTheRow() {
        DatasetRow ana = DatasetFiles.read(SMALL).rows().get(0);

        assertThat(ana.line()).isEqualTo(2);
        assertThat(ana.id()).isEqualTo("ana");
        assertThat(ana.createdAt()).isEqualTo(Instant.parse("2026-01-10T09:00:00Z"));
        assertThat(ana.cutoff()).isEqualTo(Instant.parse("2026-01-20T00:00:00Z"));
        assertThat(ana.outcome()).isEqualTo(DatasetOutcome.WON);
        assertThat(ana.outcome().converted()).isTrue();
        assertThat(ana.outcomeAt()).isEqualTo(Instant.parse("2026-02-01T10:00:00Z"));
        assertThat(ana.lead()).isEqualTo(new Lead("crm-1", "Ana", "Garcia", "ana@acme.com", "0034 612 345 678",
                "Acme Soft", "Marketing Director", "SOFTWARE", 250, new BigDecimal("12000000"), "ES", "ORGANIC_SEARCH",
                "EBOOK", "crm-suite", new Consent(true, false, null, null))
                .withAttributes(java.util.Map.of("timeOnSite", new BigDecimal("320"))));
    }

    @Test
    void relativeOffsetsCountFromCreationAndInstantsAreAsWritten() {
        List<Activity> activities = DatasetFiles.read(SMALL).rows().get(0).activities();

        assertThat(activities).extracting(Activity::id).containsExactly("d2-e1", "d2-e2", "d2-e3");
        assertThat(activities).extracting(Activity::type)
                .containsExactly("DEMO_REQUESTED", "PAGE_VIEW", "PAGE_VIEW");
        assertThat(activities.get(0).occurredAt()).isEqualTo(Instant.parse("2026-01-10T09:00:00Z")
                .plus(Duration.ofDays(2)));
        assertThat(activities.get(1).occurredAt()).isEqualTo(Instant.parse("2026-01-11T08:00:00Z"));
        assertThat(activities.get(1).value()).isEqualByComparingTo("60");
    }

    @Test
    void anActivityWithoutAnInstantHappenedAtCreation() {
        DatasetRow bo = DatasetFiles.read(SMALL).rows().get(2);

        assertThat(bo.activities()).singleElement().extracting(Activity::occurredAt)
                .isEqualTo(Instant.parse("2026-01-13T00:00:00Z"));
    }

    @Test
    void aRowWithoutIdIsNamedByItsLineAndBlankCellsAreAbsentMembers() {
        DatasetRow blank = DatasetFiles.read(SMALL).rows().get(1);

        assertThat(blank.id()).isEqualTo("3");
        assertThat(blank.cutoff()).isNull();
        assertThat(blank.outcome()).isEqualTo(DatasetOutcome.NONE);
        assertThat(blank.outcome().known()).isFalse();
        assertThat(blank.outcomeAt()).isNull();
        assertThat(blank.lead().email()).isNull();
        assertThat(blank.lead().consent()).as("consent none: no consent record").isNull();
        assertThat(blank.activities()).isEmpty();
    }

    @Test
    void consentAndObjectionAreReadAsAScenarioReadsThem() {
        DatasetRow bo = DatasetFiles.read(SMALL).rows().get(2);

        assertThat(bo.lead().consent()).isEqualTo(new Consent(false, true, null, null));
        assertThat(bo.outcome()).isEqualTo(DatasetOutcome.NOT_CONVERTED);
    }

    @Test
    void theSummaryCountsWhatWasRead() {
        DatasetSummary summary = DatasetFiles.read(SMALL).summary();

        assertThat(summary).isEqualTo(new DatasetSummary(3, 3, 0, List.of()));
    }

    @Test
    void outcomesAreReadIgnoringCaseAndYesNoMeansConvertedOrNot() {
        StringBuilder csv = new StringBuilder("createdAt,outcome\n");
        for (String outcome : List.of("converted", "Won", "LOST", "disqualified", "yes", "TRUE", "1", "n", "0", "")) {
            csv.append("2026-01-01T00:00:00Z,").append(outcome).append('\n');
        }

        assertThat(DatasetFiles.read(csv.toString()).rows()).extracting(DatasetRow::outcome).containsExactly(
                DatasetOutcome.CONVERTED, DatasetOutcome.WON, DatasetOutcome.LOST, DatasetOutcome.DISQUALIFIED,
                DatasetOutcome.CONVERTED, DatasetOutcome.CONVERTED, DatasetOutcome.CONVERTED,
                DatasetOutcome.NOT_CONVERTED, DatasetOutcome.NOT_CONVERTED, DatasetOutcome.NONE);
    }

    @Test
    void anInstantWithAnOffsetIsReadAsTheSameMomentInUtc() {
        DatasetRow row = DatasetFiles.read("createdAt,outcome\n2026-01-15T13:00:00+01:00,\n").rows().get(0);

        assertThat(row.createdAt()).isEqualTo(Instant.parse("2026-01-15T12:00:00Z"));
    }

    @Test
    void aSemicolonFileWithAByteOrderMarkAndCrlfReadsLikeACommaFile() {
        String semicolon = "\uFEFFCreated At;Outcome;Company;activities\r\n"
                + "2026-01-10T09:00:00Z;CONVERTED;\"Acme; Soft\";\"EMAIL_OPEN@+1d; PAGE_VIEW\"\r\n";

        DatasetFiles read = DatasetFiles.read(semicolon);

        assertThat(read.rows()).singleElement().satisfies(row -> {
            assertThat(row.lead().company()).isEqualTo("Acme; Soft");
            assertThat(row.activities()).extracting(Activity::type).containsExactly("EMAIL_OPEN", "PAGE_VIEW");
        });
    }

    @Test
    void aQuotedCellMayHoldCommasAndLineBreaksAndTheNextRowKeepsItsSpreadsheetNumber() {
        String csv = "createdAt,outcome,company\n2026-01-10T09:00:00Z,,\"Acme, \"\"the\"\"\nSoft\"\n"
                + "2026-01-10T09:00:00Z,LOST,Next\n";

        List<DatasetRow> rows = DatasetFiles.read(csv).rows();

        assertThat(rows.get(0).lead().company()).isEqualTo("Acme, \"the\"\nSoft");
        assertThat(rows.get(1).line()).isEqualTo(3);
    }

    @Test
    void declaredAttributesAreReadAsTheirDeclaredType() {
        DatasetReader reader = new DatasetReader(DatasetLimits.DEFAULTS,
                List.of(new AttributeDeclaration("courseCode", AttributeType.TEXT, List.of(), "a course", "test")));
        byte[] csv = "createdAt,outcome,attributes.courseCode\n2026-01-10T09:00:00Z,,0042\n"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(DatasetFiles.read(csv, reader).rows().get(0).lead().attributes().get("courseCode"))
                .isEqualTo("0042");
    }

    @Test
    void blankLinesAreNeitherRowsNorProblems() {
        DatasetFiles read = DatasetFiles.read("createdAt,outcome\n\n,\n2026-01-10T09:00:00Z,WON\n\n");

        assertThat(read.rows()).extracting(DatasetRow::line).containsExactly(4);
        assertThat(read.summary().rowsRead()).isEqualTo(1);
    }
}
