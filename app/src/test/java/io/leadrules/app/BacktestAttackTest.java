package io.leadrules.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ruleset.EditedWorkbook;
import io.leadrules.app.ruleset.RuleVersionApi;
import io.leadrules.app.ruleset.RuleVersionApi.Answer;
import io.leadrules.app.ruleset.RuleVersionApi.UploadFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
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
    void aDatasetsMisspeltRepeatedOrOutlandishCutoffParameterIsRefusedNotIgnored() {
        for (String query : List.of("?cutoff=3", "?cutoffdays=60", "?cutoffDays=1&cutoffDays=60", "?cutoffDays=1e3",
                "?cutoffDays=99999999999", "?cutoffDays=NaN", "?cutoffAt=nope")) {
            Answer answer = api.postBody("/api/v1/rulesets/1/backtest" + query, "text/csv", bytes(CSV));
            assertThat(answer.status()).as(query + " -> " + answer.text()).isEqualTo(400);
            assertThat(answer.contentType()).isEqualTo("application/problem+json");
        }
        JsonNode problem = api.postBody("/api/v1/rulesets/1/backtest?cutof=3", "text/csv", bytes(CSV))
                .problem(400, "/problems/invalid-query");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("cutof");
    }

    @Test
    void hostilePathsLookAlikePathsAndBodiesAreRefusedOrReadAsBytesNeverAServerError() {
        for (String id : List.of("%27%3B--", "1%2F..%2F2", "x".repeat(300), "%00", "..;", "1;x=2", "-1",
                "99999999999999999999", "%E2%80%AE1")) {
            HttpResponse<String> answer = raw("/api/v1/rulesets/" + id + "/backtest", "text/csv", bytes(CSV), null);
            assertThat(answer.statusCode()).as(id + " -> " + answer.body()).isIn(400, 404);
        }
        for (String path : List.of("/api/v1/rulesets/1/backtest/..", "/api/v1/rulesets/1/backtest%2F..",
                "/api/v1/rulesets/1/./backtest", "/api/v1/rulesets/1//backtest", "/api/v1/rulesets/1/backtest/",
                "/api/v1/rulesets/1/backtest%00", "/api/v1/rulesets/1/Backtest")) {
            HttpResponse<String> answer = raw(path, "text/csv", bytes(CSV), null);
            assertThat(answer.statusCode()).as(path + " -> " + answer.body()).isIn(400, 404, 405);
        }
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

    @Test
    void aDeletedDraftTakesItsBacktestsWithItAndItsCalibrationCanNoLongerBeApproved() {
        String draft = api.uploaded(Map.of("label", "Doomed", "basedOn", "1"), shippedWorkbook()).get("id")
                .asString();
        JsonNode job = api.postBody("/api/v1/rulesets/" + draft + "/backtest", "text/csv",
                bytes(DatasetBacktestTest.generated(new Random(3), 60))).json(202);
        String backtest = job.get("id").asString();
        assertThat(ended(backtest).get("state").asString()).isEqualTo("DONE");
        String calibration = api.postJson("/api/v1/backtests/" + backtest + "/calibration", "{}").json(201)
                .get("id").asString();

        assertThat(api.delete("/api/v1/rulesets/" + draft).status()).isEqualTo(204);

        api.get("/api/v1/backtests/" + backtest).problem(404, "/problems/backtest-not-found");
        api.get("/api/v1/backtests/" + backtest + "/suggested-points").problem(404, "/problems/backtest-not-found");
        api.get("/api/v1/backtests/" + backtest + "/suggested-points/workbooks")
                .problem(404, "/problems/backtest-not-found");
        api.postJson("/api/v1/backtests/" + backtest + "/calibration", "{}")
                .problem(404, "/problems/backtest-not-found");
        api.post("/api/v1/backtests/" + backtest + "/cancel").problem(404, "/problems/backtest-not-found");
        api.postJson("/api/v1/rulesets/" + draft + "/backtest", "{}").problem(404, "/problems/ruleset-not-found");
        assertThat(api.get("/api/v1/calibrations/" + calibration).status()).isEqualTo(200);
        api.post("/api/v1/calibrations/" + calibration + "/approval").problem(404, "/problems/ruleset-not-found");
        assertThat(api.get("/api/v1/calibrations/" + calibration).json(200).get("state").asString())
                .isEqualTo("PROPOSED");
    }

    @Test
    void aDatasetsPersonalDataStaysOutOfTheLogsEvenAtTrace() {
        String canary = "Zebracanary" + UUID.randomUUID().toString().substring(0, 6);
        String csv = "id,createdAt,outcome,firstName,email,jobTitle,companySize,activities\n"
                + "a,2026-01-05T09:00:00Z,yes," + canary + "," + canary + "@example.org,Analyst,10,\n"
                + "b,yesterday,no," + canary + "," + canary + "@example.org,Analyst,10,\n"
                + "c,2026-01-05T09:00:00Z,no," + canary + ",not-an-email-" + canary + ",Analyst,10,\n"
                + "d,2026-01-05T09:00:00Z,no," + canary + "," + canary + "@example.org,Analyst,-1,\n"
                + "e,2026-01-05T09:00:00Z,no," + canary + "," + canary + "@example.org,Student,10,"
                + canary + "@-1d\n";
        CapturedLog captured = CapturedLog.attach();
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.TRACE);
        JsonNode ended;
        try {
            JsonNode job = api.postBody("/api/v1/rulesets/1/backtest", "text/csv", bytes(csv)).json(202);
            ended = ended(job.get("id").asString());
        } finally {
            logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.INFO);
            captured.close();
        }

        assertThat(ended.get("state").asString()).as(ended.toString()).isEqualTo("DONE");
        assertThat(captured.lines()).as("log lines captured").isNotEmpty();
        assertThat(captured.lines().stream().map(CapturedLog::text).filter(line -> line.contains(canary))
                .toList()).as("log lines holding the dataset's personal data").isEmpty();
    }

    private static UploadFile shippedWorkbook() {
        String name = "ProfileFit.drl.xlsx";
        return new UploadFile(name, EditedWorkbook.shipped(name).replace("Fit", "FIT-ROLE-STUDENT", "Reason",
                "Students and interns", "Students").bytes());
    }

    private JsonNode ended(String id) {
        return BacktestReports.ended(api, id);
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
