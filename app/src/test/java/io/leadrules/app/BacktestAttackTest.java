package io.leadrules.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ruleset.RuleVersionApi;
import io.leadrules.app.ruleset.RuleVersionApi.Answer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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

/** A careless client and an attacker against the backtest endpoints: every mistake is a problem, never a 500. */
@FullServiceTest
class BacktestAttackTest {

    static final String CSV = DatasetBacktestTest.HEADER
            + "a,2026-01-05T09:00:00Z,yes,,Acme Soft,Analyst,SOFTWARE,250,ES,\n"
            + "b,2026-01-05T09:00:00Z,no,,Acme Soft,Student,SOFTWARE,250,ES,\n";

    @LocalServerPort
    int port;
    RuleVersionApi api;

    @BeforeEach
    void client() {
        api = new RuleVersionApi(port);
    }

    @Test
    void jsonMembersThatDoNotExistOrAreNoNumberOfDaysAreRefused() {
        for (String body : List.of("{\"cutoff\": 3}", "{\"cutoffDays\": 1e400}", "{\"cutoffDays\": 99999999999}",
                "{\"cutoffDays\": \"NaN\"}", "{\"cutoffDays\": 2.5}", "{\"cutoffDays\": -1}",
                "{\"cutoffAt\": \"yesterday\"}", "[]", "{\"cutoffDays\": 1, \"cutoffDays\": 2}")) {
            Answer answer = api.postJson("/api/v1/rulesets/1/backtest", body);
            assertThat(answer.status()).as(body + " -> " + answer.text()).isEqualTo(400);
            assertThat(answer.contentType()).isEqualTo("application/problem+json");
        }
    }

    @Test
    void aCutoffAtTheEdgeOfTimeLeavesEveryLeadOutAndNeverFails() {
        String edge = "-1000000000-01-01T00:00:00Z";
        api.postJson("/api/v1/rulesets/1/backtest", "{\"cutoffAt\": \"" + edge + "\"}")
                .problem(400, "/problems/invalid-member-type");
        JsonNode job = api.postBody("/api/v1/rulesets/1/backtest?cutoffAt=" + edge, "text/csv", bytes(CSV))
                .json(202);
        JsonNode ended = ended(job.get("id").asString());
        assertThat(ended.get("state").asString()).as(ended.toString()).isEqualTo("DONE");
        assertThat(ended.get("report").get("excluded").get("notCreatedByCutoff").asInt()).isEqualTo(2);
    }

    @Test
    void hostileVersionIdsInThePathAreNotFoundOrRefused() {
        for (String id : List.of("%27%3B--", "1%2F..%2F2", "x".repeat(300), "%00", "..;", "1;x=2", "-1",
                "99999999999999999999", "%E2%80%AE1")) {
            HttpResponse<String> answer = raw("/api/v1/rulesets/" + id + "/backtest", "text/csv", bytes(CSV), null);
            assertThat(answer.statusCode()).as(id + " -> " + answer.body()).isIn(400, 404);
        }
    }

    @Test
    void aGzippedOrMisnamedCharsetBodyIsReadAsItsBytesNeverAServerError() {
        HttpResponse<String> gzipped = raw("/api/v1/rulesets/1/backtest", "text/csv", gzip(CSV), "gzip");
        assertThat(gzipped.statusCode()).as(gzipped.body()).isIn(400, 415);
        for (String type : List.of("text/csv; charset=utf-8", "TEXT/CSV", "text/csv; charset=bogus-9",
                "text/csv; charset=ISO-8859-1", "text/csv;;;", "text/csvx", "text/csv; boundary=\"")) {
            HttpResponse<String> answer = raw("/api/v1/rulesets/1/backtest", type, bytes(CSV), null);
            assertThat(answer.statusCode()).as(type + " -> " + answer.body()).isIn(202, 400, 415);
        }
    }

    @Test
    void aRowAtTheEdgeOfTimeIsLeftOutNotTheWholeBacktest() {
        String csv = CSV + "z,+1000000000-12-31T00:00:00Z,yes,,Acme Soft,Analyst,SOFTWARE,250,ES,\n"
                + "y,-1000000000-01-01T00:00:00Z,yes,,Acme Soft,Analyst,SOFTWARE,250,ES,PAGE_VIEW@-1d\n";
        JsonNode job = api.postBody("/api/v1/rulesets/1/backtest", "text/csv", bytes(csv)).json(202);
        JsonNode ended = ended(job.get("id").asString());
        assertThat(ended.get("state").asString()).as(ended.toString()).isEqualTo("DONE");
        assertThat(ended.get("report").get("leads").get("backtested").asInt()).isEqualTo(2);
        assertThat(ended.get("report").get("excluded").get("rejectedRows").asInt()).isEqualTo(2);
    }

    private JsonNode ended(String id) {
        Instant giveUp = Instant.now().plus(DatasetBacktestTest.PATIENCE);
        JsonNode now = api.get("/api/v1/backtests/" + id).json(200);
        while (List.of("QUEUED", "RUNNING").contains(now.get("state").asString()) && Instant.now().isBefore(giveUp)) {
            Thread.onSpinWait();
            now = api.get("/api/v1/backtests/" + id).json(200);
        }
        return now;
    }

    private HttpResponse<String> raw(String path, String type, byte[] body, String encoding) {
        HttpRequest.Builder request = TestCredentials.request(URI.create("http://localhost:" + port + path))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (encoding != null) {
            request.header("Content-Encoding", encoding);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
