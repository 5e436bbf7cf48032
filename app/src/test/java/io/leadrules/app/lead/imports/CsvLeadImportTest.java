package io.leadrules.app.lead.imports;

import static io.leadrules.app.lead.imports.ImportFiles.CSV;
import static io.leadrules.app.lead.imports.ImportFiles.tag;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ApiClient;
import io.leadrules.app.FullServiceTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Storing leads from a CSV file (bulk scoring's columns): attacks first, then sameness with NDJSON, re-imports. */
@FullServiceTest
class CsvLeadImportTest {

    private static final String HEADER = "externalId,email,firstName,jobTitle,industry,companySize,annualRevenue,"
            + "country,attributes.budget,activities";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private ApiClient api;
    private ImportFiles files;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        files = new ImportFiles(api);
    }

    @Test
    void aFormulaCellIsStoredAsTheTextItIs() {
        String tag = tag();
        String formula = "=cmd|' /C calc'!A0";

        files.imported(HEADER + "\n" + tag + "-1,f@example.com,\"" + formula.replace("\"", "\"\"")
                + "\",,,,,,,\n", CSV);

        assertThat(jdbc.sql("SELECT first_name FROM leads WHERE external_id = :id").param("id", tag + "-1")
                .query(String.class).single()).isEqualTo(formula);
    }

    @Test
    void aHeaderWithAnUnknownColumnIsRefusedNamingItAndNothingIsQueued() {
        long before = jobs();

        JsonNode problem = api.problem(files.post("externalId,shoeSize\ncrm-1,44\n", CSV), 400,
                "/problems/lead-import-invalid-file");

        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("B");
        assertThat(problem.get("errors").get(0).get("message").asString()).startsWith("'shoeSize': unknown column");
        assertThat(jobs()).isEqualTo(before);
    }

    @Test
    void aBadCellRefusesItsLineByLineAndColumnAndTheOtherLinesAreStored() {
        String tag = tag();
        String file = HEADER + "\n" + row(tag, 1) + "\n" + row(tag, 2).replace(",250,", ",many,") + "\n"
                + row(tag, 3) + "\n";

        JsonNode job = files.imported(file, CSV);

        assertThat(job.get("stored").asLong()).isEqualTo(2);
        assertThat(job.get("rejected").asLong()).isEqualTo(1);
        JsonNode problem = job.get("problems").get(0);
        assertThat(problem.get("line").asLong()).isEqualTo(3);
        assertThat(problem.get("field").asString()).isEqualTo("companySize");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM leads WHERE external_id LIKE :tag").param("tag", tag + "-%")
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void leadsImportedFromCsvAreStoredExactlyAsTheSameLeadsImportedAsNdjson() {
        String fromCsv = tag();
        String fromNdjson = tag();
        files.imported(HEADER + "\n" + row(fromCsv, 1) + "\n" + row(fromCsv, 2) + "\n" + row(fromCsv, 3) + "\n", CSV);
        files.imported(ImportFiles.lines(List.of(json(fromNdjson, 1), json(fromNdjson, 2), json(fromNdjson, 3))));

        StoredRows csv = new StoredRows(jdbc, fromCsv);
        StoredRows ndjson = new StoredRows(jdbc, fromNdjson);
        assertThat(csv.leads()).hasSize(3).isEqualTo(ndjson.leads());
        assertThat(csv.activities()).hasSize(9).isEqualTo(ndjson.activities());
        assertThat(csv.decisions()).hasSize(3).isEqualTo(ndjson.decisions());
    }

    @Test
    void reImportingTheSameCsvEvenReSortedUpdatesTheSamePeopleAndStoresNoActivityTwice() {
        String tag = tag();
        files.imported(HEADER + "\n" + row(tag, 1) + "\n" + row(tag, 2) + "\n", CSV);

        JsonNode again = files.imported(HEADER + "\n" + row(tag, 2) + "\n" + row(tag, 1) + "\n", CSV);

        assertThat(again.get("updated").asLong()).isEqualTo(2);
        assertThat(again.get("rejected").asLong()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM activities a JOIN leads l ON l.id = a.lead_id"
                + " WHERE l.external_id LIKE :tag").param("tag", tag + "-%").query(Long.class).single()).isEqualTo(6);
    }

    /** Person {@code i}: a demo request, and two page views at the same instant (which need ids of their own). */
    private static String row(String tag, int i) {
        return "%1$s-%2$d,p%2$d.%1$s@example.com,Ana,Marketing Director,SOFTWARE,250,1250000.50,ES,12.75,"
                .formatted(tag, i) + "DEMO_REQUESTED@2026-11-0%1$dT10:00:00Z; PAGE_VIEW x2=60@2026-11-0%1$dT09:00:00Z"
                .formatted(i);
    }

    /** The same person as {@link #row}, as one POST /api/v1/leads body with the ids the CSV import derives. */
    private static String json(String tag, int i) {
        return ("{\"lead\": {\"externalId\": \"%1$s-%2$d\", \"email\": \"p%2$d.%1$s@example.com\", \"firstName\": "
                + "\"Ana\", \"jobTitle\": \"Marketing Director\", \"industry\": \"SOFTWARE\", \"companySize\": 250, "
                + "\"annualRevenue\": 1250000.50, \"country\": \"ES\", \"attributes\": {\"budget\": 12.75}, "
                + "\"consent\": {\"dataProcessing\": true, \"profilingObjection\": false}}, \"activities\": ["
                + "{\"id\": \"DEMO_REQUESTED@2026-11-0%2$dT10:00:00Z\", \"type\": \"DEMO_REQUESTED\", "
                + "\"occurredAt\": \"2026-11-0%2$dT10:00:00Z\"}, "
                + "{\"id\": \"PAGE_VIEW@2026-11-0%2$dT09:00:00Z\", \"type\": \"PAGE_VIEW\", "
                + "\"occurredAt\": \"2026-11-0%2$dT09:00:00Z\", \"value\": 60}, "
                + "{\"id\": \"PAGE_VIEW@2026-11-0%2$dT09:00:00Z#2\", \"type\": \"PAGE_VIEW\", "
                + "\"occurredAt\": \"2026-11-0%2$dT09:00:00Z\", \"value\": 60}]}").formatted(tag, i);
    }

    private long jobs() {
        return jdbc.sql("SELECT COUNT(*) FROM lead_imports").query(Long.class).single();
    }
}
