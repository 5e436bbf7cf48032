package io.leadrules.app.lead;

import static io.leadrules.app.lead.TestLeads.ana;
import static io.leadrules.app.lead.TestLeads.sven;
import static io.leadrules.app.lead.TestLeads.tag;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.FullServiceTest;
import io.leadrules.app.TestCredentials;
import io.leadrules.app.lead.Api.Answer;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/outcomes/import: CSV or NDJSON from a CRM, streamed, rows judged one by one. */
@FullServiceTest
class OutcomeImportTest {

    static final String IMPORT = "/api/v1/outcomes/import";

    @LocalServerPort
    int port;

    Api api;
    String ana;
    String svenTag;
    String sven;

    @BeforeEach
    void storedLeads() {
        api = new Api(port);
        ana = api.store(ana(tag(), null));
        svenTag = tag();
        sven = api.store(sven(svenTag, null));
    }

    @Test
    void aCsvImportStoresRowsByIdOrExternalIdAndCountsDuplicatesAndRejectedRows() {
        String erased = api.store(ana(tag(), null));
        assertThat(api.delete("/api/v1/leads/" + erased).status()).isEqualTo(204);
        String csv = """
                leadId,externalId,outcome,occurredAt,amount,currency
                %1$s,,CONVERTED,2026-11-20T10:00:00Z,,
                ,crm-%2$s,won,2026-11-21T10:00:00Z,100.50,EUR
                %1$s,,CONVERTED,2026-11-20T10:00:00Z,,
                ,"=HYPERLINK(""http://evil.example"",""x"")",WON,2026-11-21T10:00:00Z,,
                %1$s,crm-%2$s,WON,2026-11-21T10:00:00Z,,
                %1$s,,MAYBE,2026-11-21T10:00:00Z,-5,
                %3$s,,LOST,2026-11-21T10:00:00Z,,
                %1$s,,WON,2026-11-21T10:00:00Z,"1,000",EUR
                """.formatted(ana, svenTag, erased);

        Answer answer = api.post(IMPORT, csv, "text/csv");

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode result = answer.json();
        assertThat(result.get("imported").asLong()).isEqualTo(2);
        assertThat(result.get("duplicates").asLong()).isEqualTo(1);
        assertThat(result.get("rejected").asLong()).isEqualTo(5);
        assertThat(rejections(result)).containsExactly("5 externalId names no lead",
                "6 leadId give leadId or externalId, not both",
                "7 outcome must be one of CONVERTED, WON, LOST, DISQUALIFIED", "7 amount must not be negative",
                "8 leadId names a lead that was erased",
                "9 amount must be a decimal number with a point, such as 1250.50");
        assertThat(answer.text()).doesNotContain("HYPERLINK", "evil");
        JsonNode svenWon = api.get("/api/v1/leads/" + sven + "/outcomes").json().get("items").get(0);
        assertThat(svenWon.get("outcome").asString()).isEqualTo("WON");
        assertThat(svenWon.get("amount").decimalValue()).isEqualByComparingTo("100.5");
        assertThat(svenWon.get("importId").asString()).isEqualTo(result.get("importId").asString());
        assertThat(api.get("/api/v1/leads/" + ana + "/outcomes").json().get("items")).hasSize(1);
    }

    @Test
    void anNdjsonImportReadsEveryLineOnItsOwn() {
        String ndjson = """
                {"leadId": "%1$s", "outcome": "CONVERTED", "occurredAt": "2026-11-20T10:00:00Z", "amount": 250.25}

                {"leadId": "%1$s", "outcome": "WON"
                {"leadId": "%1$s", "outcome": "WON", "occurredAt": "2026-11-21T10:00:00Z", "probability": 0.9}
                {"externalId": "crm-%2$s", "outcome": "LOST", "occurredAt": {"at": "2026-11-21T10:00:00Z"}}
                ["not", "an", "object"]
                {"externalId": "crm-%2$s", "outcome": "LOST", "occurredAt": "2026-11-21T10:00:00Z"}
                """.formatted(ana, svenTag);

        JsonNode result = api.post(IMPORT, ndjson, "application/x-ndjson").json();

        assertThat(result.get("imported").asLong()).isEqualTo(2);
        assertThat(result.get("rejected").asLong()).isEqualTo(4);
        assertThat(result.get("rejectedRows").valueStream().map(row -> row.get("line").asLong() + " "
                + row.get("field").asString(""))).containsExactly("3 ", "4 probability", "5 occurredAt", "6 ");
        assertThat(api.get("/api/v1/leads/" + ana + "/outcomes").json().get("items").get(0).get("amount")
                .decimalValue()).isEqualByComparingTo("250.25");
    }

    @Test
    void anUnknownColumnIsA400NamingItAndNothingIsImported() {
        String csv = "leadId,outcome,occurredAt,probability\n" + ana + ",WON,2026-11-21T10:00:00Z,0.9\n";

        api.post(IMPORT, csv, "text/csv").isProblem(400, "/problems/outcome-import-columns", problem -> {
            assertThat(problem.get("title").asString()).isEqualTo("The header row of the import is not usable");
            assertThat(problem.get("column").asString()).isEqualTo("probability");
        });
        api.post(IMPORT, "leadId,outcome\n" + ana + ",WON\n", "text/csv").isProblem(400,
                "/problems/outcome-import-columns", problem -> assertThat(problem.get("column").asString())
                        .isEqualTo("occurredAt"));
        api.post(IMPORT, "leadId,leadId,outcome,occurredAt\n", "text/csv").isProblem(400,
                "/problems/outcome-import-columns");
        api.post(IMPORT, "", "text/csv").isProblem(400, "/problems/outcome-import-columns");
        assertThat(api.get("/api/v1/leads/" + ana + "/outcomes").json().get("items")).isEmpty();
    }

    @Test
    void aCsvBrokenAtALineIsA400NamingItAndTheRowsBeforeItAreStored() {
        String csv = "\uFEFFleadId,outcome,occurredAt\r\n" + ana + ",WON,2026-11-21T10:00:00Z\r\n"
                + sven + ",\"LOST,2026-11-21T10:00:00Z\r\n";

        api.post(IMPORT, csv, "text/csv").isProblem(400, "/problems/outcome-import-unreadable", problem -> {
            assertThat(problem.get("title").asString()).isEqualTo("The import cannot be read past a line");
            assertThat(problem.get("line").asLong()).isEqualTo(3);
            assertThat(problem.get("imported").asLong()).isEqualTo(1);
        });
        assertThat(api.get("/api/v1/leads/" + ana + "/outcomes").json().get("items")).hasSize(1);
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderHasColumnsStopsTheImportAtItsLine() {
        String csv = "leadId,outcome,occurredAt\n" + ana + ",WON,2026-11-21T10:00:00Z,extra\n";

        api.post(IMPORT, csv, "text/csv").isProblem(400, "/problems/outcome-import-unreadable",
                problem -> assertThat(problem.get("line").asLong()).isEqualTo(2));
    }

    @Test
    void thousandsOfRowsAreStoredChunkByChunkAndReSendingTheFileStoresNothingTwice() {
        StringBuilder csv = new StringBuilder("externalId,outcome,occurredAt\n");
        Instant first = Instant.parse("2026-01-01T00:00:00Z");
        for (int row = 0; row < 1_200; row++) {
            csv.append("crm-").append(svenTag).append(",CONVERTED,").append(first.plusSeconds(60L * row)).append('\n');
        }

        JsonNode once = api.post(IMPORT, csv.toString(), "text/csv").json();
        JsonNode twice = api.post(IMPORT, csv.toString(), "text/csv").json();

        assertThat(once.get("imported").asLong()).isEqualTo(1_200);
        assertThat(twice.get("imported").asLong()).isZero();
        assertThat(twice.get("duplicates").asLong()).isEqualTo(1_200);
        assertThat(api.get("/api/v1/leads/" + sven + "/outcomes").json().get("items")).hasSize(1_200);
    }

    @Test
    void anImportLargerThanTheJsonLimitIsReadAndOnlyTheFirstHundredRejectionsAreListed() {
        StringBuilder csv = new StringBuilder("leadId,outcome,occurredAt\n");
        String row = ana + ",NOT_AN_OUTCOME,2026-11-21T10:00:00Z\n";
        int rows = 2 * 1024 * 1024 / row.length();
        csv.append(row.repeat(rows));

        Answer answer = api.post(IMPORT, csv.toString(), "text/csv");

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.json().get("rejected").asLong()).isEqualTo(rows);
        assertThat(answer.json().get("rejectedRows")).hasSize(100);
        assertThat(answer.json().get("rejectedRows").get(99).get("line").asLong()).isEqualTo(101);
        assertThat(answer.json().get("rejectedRowsLeftOut").asLong()).isEqualTo(rows - 100);
    }

    @Test
    void anImportOfAnotherMediaTypeIsA415() {
        api.post(IMPORT, "{\"leadId\": \"" + ana + "\"}").isProblem(415, "/problems/unsupported-media-type");
    }

    /**
     * Attack: a gzip bomb (a few hundred KB that inflate to 256 MB of CSV rows naming a real lead) sent with
     * {@code Content-Encoding: gzip}. The service never inflates a request body, so the compressed bytes are read as
     * they are: a header nobody allows, a 400 before any row, nothing stored, and no 256 MB in memory.
     */
    @Test
    void aGzipBombIsReadAsTheBytesItIsNeverInflatedAndStoresNothing() throws Exception {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bomb)) {
            gzip.write("leadId,outcome,occurredAt\n".getBytes(StandardCharsets.UTF_8));
            byte[] row = (ana + ",WON,2026-11-20T10:00:00Z\n").getBytes(StandardCharsets.UTF_8);
            byte[] block = new byte[row.length * 10_000];
            for (int i = 0; i < 10_000; i++) {
                System.arraycopy(row, 0, block, i * row.length, row.length);
            }
            for (long written = 0; written < 256L << 20; written += block.length) {
                gzip.write(block);
            }
        }
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + IMPORT))
                .header("Authorization", TestCredentials.ADMIN_AUTHORIZATION).header("Content-Type", "text/csv")
                .header("Content-Encoding", "gzip").POST(HttpRequest.BodyPublishers.ofByteArray(bomb.toByteArray()))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(bomb.size()).as("compressed size").isLessThan(2 << 20);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("/problems/outcome-import-");
        assertThat(api.get("/api/v1/leads/" + ana + "/outcomes").json().get("items").isEmpty()).isTrue();
    }

    private static List<String> rejections(JsonNode result) {
        return result.get("rejectedRows").valueStream().map(row -> row.get("line").asLong() + " "
                + row.get("field").asString() + " " + row.get("message").asString()).toList();
    }
}
