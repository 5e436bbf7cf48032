package io.leadrules.app.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.LeadRulesApplication;
import io.leadrules.app.cluster.SharedDatabase;
import io.leadrules.app.ruleset.RuleVersionApi.UploadFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances of the service, two application contexts in this JVM, on one database ({@link SharedDatabase}: H2
 * over TCP, or PostgreSQL with its LISTEN/NOTIFY): an activation on one reaches both at one instant, and no answer of
 * either mixes two versions. The second instance compiles stored versions through a {@link VersionCompiler} that
 * refuses the versions a test names, as an instance that runs out of memory or time while compiling would.
 */
class ActivationAcrossInstancesTest {

    /** Versions instance two cannot compile while listed here. */
    private static final Set<Long> REFUSED_ON_TWO = ConcurrentHashMap.newKeySet();
    private static final String LEAD = """
            {"lead": {"email": "%s@acme-soft.com", "jobTitle": "CTO", "companySize": 250,
                      "consent": {"dataProcessing": true}},
             "activities": [{"id": "a1", "type": "DEMO_REQUESTED", "occurredAt": "2026-11-20T10:00:00Z"}]}
            """;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ConfigurableApplicationContext one;
    private static ConfigurableApplicationContext two;
    private static RuleVersionApi viaOne;
    private static RuleVersionApi viaTwo;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        SharedDatabase database = SharedDatabase.named("activation-across-instances");
        one = start(database, Files.createTempDirectory("leadrules-one"), false);
        two = start(database, Files.createTempDirectory("leadrules-two"), true);
        viaOne = new RuleVersionApi(port(one));
        viaTwo = new RuleVersionApi(port(two));
        await("both instances see each other live", () -> liveInstances(viaOne) == 2 && liveInstances(viaTwo) == 2);
    }

    @AfterAll
    static void stopThem() {
        Stream.of(two, one).filter(context -> context != null).forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void anActivationAtAnInstantSwitchesBothInstancesThenAndNoAnswerMixesTwoVersions() throws Exception {
        String before = viaOne.activeId();
        String marked = viaOne.uploaded(UploadFile.text("SwapMarker.drl", marker("INSTANT"))).get("id").asString();
        // Instance two compiles it now (reading its rules), so that how fast this machine compiles does not decide
        // whether it is ready by the instant; the test of the default instant has it compile on its own.
        viaTwo.get("/api/v1/rulesets/" + marked + "/rules").json(200);
        Instant effectiveAt = Instant.now().plusSeconds(10).truncatedTo(ChronoUnit.MILLIS);

        RuleVersionApi.Answer accepted = viaOne.post("/api/v1/rulesets/" + marked + "/activation?effectiveAt="
                + effectiveAt);

        JsonNode pending = accepted.json(202);
        assertThat(accepted.location()).isEqualTo("/api/v1/rulesets/" + marked + "/activation");
        assertThat(pending.get("status").asString()).isEqualTo("DRAFT");
        assertThat(Instant.parse(pending.get("activation").get("effectiveAt").asString())).isEqualTo(effectiveAt);
        assertThat(pending.get("activation").get("state").asString()).isEqualTo("PENDING");
        assertThat(viaTwo.activeId()).as("the active version before the instant, for readers of either").isEqualTo(before);
        viaOne.post("/api/v1/rulesets/" + marked + "/activation").problem(409, "/problems/activation-pending");
        await("both instances hold the version compiled ahead", () -> readyInstances(viaTwo, marked) == 2);
        assertThat(Instant.now()).as("compiled ahead before the instant").isBefore(effectiveAt);

        List<Answer> answers = scoreThroughBothUntil(effectiveAt.plusSeconds(2), "instant");

        assertThat(answers).allSatisfy(answer -> assertThat(answer.mixed(marked)).as("%s", answer).isFalse());
        assertThat(answers).filteredOn(answer -> answer.receivedAt().isBefore(effectiveAt))
                .isNotEmpty().allSatisfy(answer -> assertThat(answer.version()).as("%s", answer).isEqualTo(before));
        assertThat(answers).filteredOn(answer -> !answer.asOf().isBefore(effectiveAt))
                .isNotEmpty().allSatisfy(answer -> assertThat(answer.version()).as("%s", answer).isEqualTo(marked));
        for (String instance : List.of("one", "two")) {
            assertThat(answers).filteredOn(answer -> answer.instance().equals(instance)).extracting(Answer::version)
                    .as("instance %s served both versions", instance).contains(before, marked);
        }
        await("the statuses settled", () -> viaTwo.get("/api/v1/rulesets/" + marked).json(200).get("status")
                .asString().equals("ACTIVE"));
        JsonNode done = viaTwo.get("/api/v1/rulesets/" + marked + "/activation").json(200);
        assertThat(done.get("state").asString()).isEqualTo("DONE");
        assertThat(viaOne.get("/api/v1/rulesets/" + before).json(200).get("status").asString()).isEqualTo("RETIRED");
        JsonNode activations = viaOne.get("/api/v1/rulesets/" + marked).json(200).get("activations");
        assertThat(Instant.parse(activations.get(activations.size() - 1).get("activatedAt").asString()))
                .isEqualTo(effectiveAt);
    }

    @Test
    void withoutAnInstantTheActivationWaitsUntilBothAreReadyAndAnswersOnceBothServeIt() {
        String marked = viaOne.uploaded(UploadFile.text("SwapMarker.drl", marker("DEFAULT"))).get("id").asString();
        Instant asked = Instant.now();

        JsonNode activated = viaTwo.post("/api/v1/rulesets/" + marked + "/activation").json(200);

        assertThat(activated.get("status").asString()).isEqualTo("ACTIVE");
        JsonNode activation = activated.get("activation");
        assertThat(activation.get("state").asString()).isEqualTo("DONE");
        Instant effectiveAt = Instant.parse(activation.get("effectiveAt").asString());
        assertThat(effectiveAt).isAfter(asked).isBefore(Instant.now());
        assertThat(activation.get("instances").valueStream().map(i -> i.get("ready").asBoolean()).toList())
                .containsExactly(true, true);
        for (RuleVersionApi api : List.of(viaOne, viaTwo)) {
            JsonNode answer = api.score(LEAD.formatted("swap"));
            assertThat(answer.get("rulesetVersion").asString()).isEqualTo(marked);
            assertThat(hasMarker(answer, "DEFAULT")).isTrue();
        }
    }

    @Test
    void anInstanceThatCannotCompileTheVersionKeepsItsOwnIsNotReadyAndCatchesUpLater() {
        String before = viaOne.activeId();
        String marked = viaOne.uploaded(UploadFile.text("SwapMarker.drl", marker("REFUSED"))).get("id").asString();
        REFUSED_ON_TWO.add(Long.parseLong(marked));
        try {
            JsonNode activated = viaOne.post("/api/v1/rulesets/" + marked + "/activation").json(200);

            assertThat(activated.get("activation").get("instances").valueStream()
                    .map(i -> i.get("ready").asBoolean()).toList()).containsExactlyInAnyOrder(true, false);
            assertThat(viaOne.score(LEAD.formatted("swap")).get("rulesetVersion").asString()).isEqualTo(marked);
            JsonNode onTwo = viaTwo.score(LEAD.formatted("swap"));
            assertThat(onTwo.get("rulesetVersion").asString()).as("keeps serving its version").isEqualTo(before);
            assertThat(hasMarker(onTwo, "REFUSED")).isFalse();
            assertThat(viaTwo.get("/actuator/health/readiness").status()).isEqualTo(503);
            JsonNode ruleSet = JSON.readTree(viaTwo.get("/actuator/health").text()).get("components").get("ruleSet");
            assertThat(ruleSet.get("status").asString()).isEqualTo("DOWN");
            assertThat(ruleSet.get("details").get("version").asString()).isEqualTo(before);
            assertThat(ruleSet.get("details").get("activeVersion").asString()).isEqualTo(marked);
            assertThat(ruleSet.get("details").get("reason").asString()).contains("could not be compiled here");
            assertThat(viaOne.get("/api/v1/rulesets/" + marked + "/activation").json(200).get("instances")
                    .valueStream().filter(i -> !i.get("behind").isNull()).toList()).hasSize(1);
        } finally {
            REFUSED_ON_TWO.clear();
        }
        await("instance two catches up", () -> viaTwo.get("/actuator/health/readiness").status() == 200);
        assertThat(viaTwo.score(LEAD.formatted("swap")).get("rulesetVersion").asString()).isEqualTo(marked);
    }

    private static List<Answer> scoreThroughBothUntil(Instant end, String tag) throws Exception {
        List<Answer> answers = new CopyOnWriteArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int thread = 0; thread < 4; thread++) {
            String instance = thread % 2 == 0 ? "one" : "two";
            RuleVersionApi api = thread % 2 == 0 ? viaOne : viaTwo;
            running.add(clients.submit(() -> {
                while (Instant.now().isBefore(end)) {
                    JsonNode answer = api.score(LEAD.formatted("swap"));
                    answers.add(new Answer(instance, Instant.now(), Instant.parse(answer.get("asOf").asString()),
                            answer.get("rulesetVersion").asString(), hasMarker(answer, tag.toUpperCase())));
                }
                return null;
            }));
        }
        try {
            for (Future<?> thread : running) {
                thread.get();
            }
        } finally {
            clients.shutdown();
        }
        return answers;
    }

    private static String marker(String tag) {
        return """
                package leadrules.data_quality;
                import io.leadrules.rules.vocabulary.*;

                rule "DQ-SWAP-%1$s Answers of the marked version carry a marker"
                    @reason("Tells which version answered, for the activation test")
                    ruleflow-group "data_quality"
                when
                    Lead( email == "swap@acme-soft.com" )
                then
                    insert(new Finding("SWAP_%1$s", "lead", Severity.INFO, "marked version",
                            drools.getRule().getName()));
                end
                """.formatted(tag);
    }

    private static boolean hasMarker(JsonNode answer, String tag) {
        return answer.get("dataQuality").valueStream()
                .anyMatch(finding -> finding.get("code").asString().equals("SWAP_" + tag));
    }

    private static int liveInstances(RuleVersionApi api) {
        return api.get("/api/v1/rulesets/" + api.activeId() + "/activation").json(200).get("instances").size();
    }

    private static long readyInstances(RuleVersionApi api, String version) {
        return api.get("/api/v1/rulesets/" + version + "/activation").json(200).get("instances").valueStream()
                .filter(instance -> instance.get("ready").asBoolean()).count();
    }

    private static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("still waiting: %s", what).isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static ConfigurableApplicationContext start(SharedDatabase database, Path dataDir, boolean refusing) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--leadrules.data-dir=" + dataDir,
                "--leadrules.rulesets.activation.ready-wait=4s", "--leadrules.rulesets.activation.catch-up-retry=1s",
                "--leadrules.sandbox.warm-at-startup=false"));
        arguments.addAll(database.arguments());
        SpringApplicationBuilder builder = new SpringApplicationBuilder(LeadRulesApplication.class);
        if (refusing) {
            builder.initializers(context -> ((GenericApplicationContext) context).registerBean("refusingCompiler",
                    VersionCompiler.class, () -> (id, files) -> {
                        if (REFUSED_ON_TWO.contains(id)) {
                            throw new IllegalStateException("out of memory while building rule version " + id
                                    + " (simulated)");
                        }
                        return VersionCompiler.STORED.compile(id, files);
                    }, definition -> definition.setPrimary(true)));
        }
        return builder.run(arguments.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** One answer of a scoring thread: through which instance, when it came back, its asOf, version and marker. */
    private record Answer(String instance, Instant receivedAt, Instant asOf, String version, boolean marker) {

        /** Whether it names one version and carries the other's rules: the marked version's marker, or not. */
        boolean mixed(String marked) {
            return marker != version.equals(marked);
        }
    }
}
