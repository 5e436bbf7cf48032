package io.leadrules.app.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ruleset.RuleVersionApi.Answer;
import io.leadrules.app.ruleset.RuleVersionApi.UploadFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploads are checked in the confined worker process before the service compiles them: its walls, a runaway rule
 * refused by name, a worker killed mid-upload, and the queue uploads wait in. Real processes throughout; the service
 * answers health all along.
 */
@RuleVersionServiceTest
class SandboxedUploadTest {

    private static final String LOOP_DRL = """
            package leadrules.data_quality;

            import io.leadrules.rules.vocabulary.*;

            rule "DQ-LOOP Every finding is worth another one"
                ruleflow-group "data_quality"
            when
                Lead()
                Finding()
            then
                insert(new Finding("LOOP", "lead", Severity.INFO, "again", drools.getRule().getName()));
            end

            rule "DQ-LOOP-SEED A first finding"
                ruleflow-group "data_quality"
            when
                Lead()
            then
                insert(new Finding("SEED", "lead", Severity.INFO, "first", drools.getRule().getName()));
            end
            """;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private RuleVersionApi api;

    @BeforeEach
    void client() {
        api = new RuleVersionApi(port);
    }

    @Test
    void theWorkerRunsAsNobodyWithoutTheServicesNetworkAndHealthSaysSo() throws Exception {
        JsonNode sandbox = sandboxHealth(details -> details.get("workerPid").isNumber());

        assertThat(sandbox.get("details").get("limits").get("heap").asString()).isEqualTo("512MB");
        Assumptions.assumeTrue(isRoot(), "the worker changes user and network only when the service is root");
        long pid = sandbox.get("details").get("workerPid").asLong();
        assertThat(sandbox.get("details").get("user").asString()).isEqualTo("65534");
        assertThat(sandbox.get("details").get("network").asString()).isEqualTo("none");
        assertThat(sandbox.get("details").get("missing").valueStream().map(JsonNode::asString))
                .allSatisfy(wall -> assertThat(wall).startsWith("a kernel CPU limit"));
        assertThat(Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")))
                .filteredOn(line -> line.startsWith("Uid:")).singleElement().asString().contains("65534")
                .doesNotContain("\t0");
        assertThat(Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "ns", "net")))
                .isNotEqualTo(Files.readSymbolicLink(Path.of("/proc/self/ns/net")));
    }

    @Test
    void aRuleThatRetriggersItselfIsRefusedNamingTheLimitWhileHealthAnswers() {
        List<String> versions = api.versionIds();
        CompletableFuture<Answer> upload = CompletableFuture.supplyAsync(
                () -> api.upload(UploadFile.text("Loop.drl", LOOP_DRL)));
        while (!upload.isDone()) {
            assertThat(api.get("/actuator/health").status()).isEqualTo(200);
        }

        JsonNode problem = upload.join().problem(422, "/problems/ruleset-limit-exceeded");

        assertThat(problem.get("limit").asString()).isEqualTo("firings");
        assertThat(problem.get("after").asString()).startsWith("PT");
        assertThat(problem.get("detail").asString()).contains("rule 'DQ-LOOP' (Loop.drl, line 5)");
        assertThat(api.versionIds()).isEqualTo(versions);
        assertThat(api.get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void aWorkerKilledMidUploadIsA503AndTheNextUploadGetsAFreshOne() {
        long warm = sandboxHealth(details -> details.get("workerPid").isNumber()).get("details").get("workerPid")
                .asLong();
        CompletableFuture<Answer> upload = CompletableFuture.supplyAsync(() -> api.upload(shippedWorkbook()));
        sandboxHealth(details -> details.get("worker").asString().startsWith("busy"));
        ProcessHandle.of(warm).ifPresent(ProcessHandle::destroyForcibly);

        Answer killed = upload.join();
        killed.problem(503, "/problems/sandbox-unavailable");
        assertThat(killed.retryAfter()).isEqualTo("10");

        JsonNode next = api.uploaded(Map.of(), shippedWorkbook());
        assertThat(next.get("id").asString()).isNotBlank();
        assertThat(sandboxHealth(details -> details.get("workerPid").isNumber()).get("details").get("workerPid")
                .asLong()).isNotEqualTo(warm);
    }

    @Test
    void oneUploadMoreThanTheQueueHoldsIsRefusedWith503() {
        CompletableFuture<Answer> running = CompletableFuture.supplyAsync(() -> api.upload(shippedWorkbook()));
        sandboxHealth(details -> details.get("worker").asString().startsWith("busy"));
        CompletableFuture<Answer> waiting = CompletableFuture.supplyAsync(() -> api.upload(shippedWorkbook()));
        sandboxHealth(details -> details.get("uploadsWaiting").asInt() == 1);

        Answer refused = api.upload(shippedWorkbook());

        refused.problem(503, "/problems/upload-queue-full");
        assertThat(refused.retryAfter()).isEqualTo("60");
        assertThat(running.join().status()).isEqualTo(201);
        assertThat(waiting.join().status()).isEqualTo(201);
    }

    /** A shipped workbook as it is: the whole shipped set, compiled and its 83 scenarios run in the worker. */
    private static UploadFile shippedWorkbook() {
        return EditedWorkbook.shipped("ProfileFit.drl.xlsx").file();
    }

    /** The sandbox component of /actuator/health, once its details satisfy {@code ready} (at most a minute). */
    private JsonNode sandboxHealth(Predicate<JsonNode> ready) {
        JsonNode sandbox = null;
        for (int i = 0; i < 1200; i++) {
            Answer health = api.get("/actuator/health");
            assertThat(health.status()).isEqualTo(200);
            sandbox = JSON.readTree(health.body()).get("components").get("sandbox");
            if (ready.test(sandbox.get("details"))) {
                return sandbox;
            }
            pause();
        }
        throw new AssertionError("The sandbox never got there: " + sandbox);
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean isRoot() throws Exception {
        return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    }
}
