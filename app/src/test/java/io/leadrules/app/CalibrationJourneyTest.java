package io.leadrules.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadrules.app.calibration.CalibrationProblem;
import io.leadrules.app.calibration.Calibrations;
import io.leadrules.app.calibration.StoredCalibration;
import io.leadrules.app.system.ProblemException;
import io.leadrules.rules.backtest.calibration.CalibrationMethod;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;

/**
 * A version calibrated from a backtest's leads, approved by a second person, and the probability in answers,
 * decisions and replays. Its own database, four eyes on: approving a calibration of the active version changes every
 * answer of the shared test database, and the shared tests run with four eyes off. Calibrations are proposed through
 * the service, as the backtest job proposes them; outside a request the proposer is "system", so the admin key
 * approves. The first test starts before any calibration exists; the others come after it.
 */
@SpringBootTest(classes = {LeadRulesApplication.class, ScoringJourneyTest.FixedClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:leadrules-calibration;DB_CLOSE_DELAY=-1",
                "leadrules.rules.four-eyes=true"})
@Import(ScoringJourneyTest.FixedClock.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CalibrationJourneyTest {

    private static final String ACTIVE = "1";

    @LocalServerPort
    int port;
    @Autowired
    Calibrations calibrations;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** First: it starts with a decision made before the version had a calibration. */
    @Test
    @Order(1)
    void anApprovedCalibrationGivesAnswersAndDecisionsAProbabilityAndReplaysKeepTheOneTheyUsed() {
        String before = decisionOfNewLead("before");
        String beforeRecorded = api.ok(api.get("/api/v1/decisions/" + before)).toString();
        JsonNode uncalibrated = api.ok(api.postJson("/api/v1/scores", lead("s0")));
        assertThat(uncalibrated.has("conversionProbability")).isFalse();
        assertThat(uncalibrated.has("calibrationId")).isFalse();

        StoredCalibration platt = calibrations.propose(ACTIVE, UUID.randomUUID(), CalibrationMethod.PLATT,
                logisticScores(400), logisticOutcomes(400));
        assertThat(platt.state()).isEqualTo(StoredCalibration.State.PROPOSED);
        assertThat(api.ok(api.postJson("/api/v1/scores", lead("s1"))).has("conversionProbability"))
                .as("a proposed calibration is not in use").isFalse();

        JsonNode approved = api.ok(api.post("/api/v1/calibrations/" + platt.id() + "/approval"));
        assertThat(approved.get("state").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("approvedBy").asString()).isEqualTo("admin");

        JsonNode answer = api.ok(api.postJson("/api/v1/scores?version=" + ACTIVE, lead("s2")));
        assertThat(answer.get("calibrationId").asString()).isEqualTo(platt.id().toString());
        assertThat(answer.get("conversionProbability").asDouble())
                .isEqualTo(rounded(platt.curve().probability(answer.get("score").asInt())));
        JsonNode active = api.ok(api.postJson("/api/v1/scores", lead("s3")));
        assertThat(active.get("calibrationId").asString()).isEqualTo(platt.id().toString());

        String withPlatt = decisionOfNewLead("platt");
        JsonNode recorded = api.ok(api.get("/api/v1/decisions/" + withPlatt));
        assertThat(recorded.get("calibrationId").asString()).isEqualTo(platt.id().toString());
        assertThat(recorded.get("conversionProbability").asDouble())
                .isEqualTo(rounded(platt.curve().probability(recorded.get("score").asInt())));

        StoredCalibration isotonic = calibrations.propose(ACTIVE, null, CalibrationMethod.ISOTONIC,
                logisticScores(300), shiftedOutcomes(300));
        api.ok(api.post("/api/v1/calibrations/" + isotonic.id() + "/approval"));
        assertThat(api.ok(api.get("/api/v1/calibrations/" + platt.id())).get("state").asString()).isEqualTo("RETIRED");

        String withIsotonic = decisionOfNewLead("isotonic");
        assertThat(api.ok(api.get("/api/v1/decisions/" + withIsotonic)).get("calibrationId").asString())
                .isEqualTo(isotonic.id().toString());
        assertIdenticalReplay(withPlatt);
        assertIdenticalReplay(withIsotonic);
        assertIdenticalReplay(before);
        assertThat(api.ok(api.get("/api/v1/decisions/" + before)).toString())
                .as("a decision made without a calibration stays as it was").isEqualTo(beforeRecorded)
                .doesNotContain("conversionProbability").doesNotContain("calibrationId");

        JsonNode list = api.ok(api.get("/api/v1/rulesets/" + ACTIVE + "/calibrations")).get("items");
        assertThat(list.valueStream().map(c -> c.get("id").asString()).toList())
                .startsWith(isotonic.id().toString(), platt.id().toString());
    }

    @Test
    void anInvalidLeadGetsNoProbabilityEvenFromACalibratedVersion() {
        StoredCalibration calibration = calibrations.propose(ACTIVE, null, CalibrationMethod.ISOTONIC,
                logisticScores(100), logisticOutcomes(100));
        api.ok(api.post("/api/v1/calibrations/" + calibration.id() + "/approval"));

        JsonNode answer = api.ok(api.postJson("/api/v1/scores", lead("invalid").replace("\"dataProcessing\": true",
                "\"dataProcessing\": false")));

        assertThat(answer.get("valid").asBoolean()).isFalse();
        assertThat(answer.has("conversionProbability")).isFalse();
        assertThat(answer.has("calibrationId")).isFalse();
    }

    @Test
    void theProposerCannotApproveTheirOwnCalibration() {
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("admin", null, "ROLE_RULE_EDITOR"));
        StoredCalibration own = calibrations.propose(ACTIVE, null, CalibrationMethod.PLATT, logisticScores(60),
                logisticOutcomes(60));
        SecurityContextHolder.clearContext();
        assertThat(own.createdBy()).isEqualTo("admin");

        JsonNode problem = api.problem(api.post("/api/v1/calibrations/" + own.id() + "/approval"), 403,
                "/problems/calibration-four-eyes-required");

        assertThat(problem.get("title").asString()).isEqualTo(
                CalibrationProblem.CALIBRATION_FOUR_EYES_REQUIRED.title());
        assertThat(problem.get("proposedBy").asString()).isEqualTo("admin");
        assertThat(api.ok(api.get("/api/v1/calibrations/" + own.id())).get("state").asString()).isEqualTo("PROPOSED");
    }

    @Test
    void aCalibrationIsApprovedOnce() {
        StoredCalibration calibration = calibrations.propose(ACTIVE, null, CalibrationMethod.PLATT,
                logisticScores(60), logisticOutcomes(60));
        api.ok(api.post("/api/v1/calibrations/" + calibration.id() + "/approval"));

        JsonNode problem = api.problem(api.post("/api/v1/calibrations/" + calibration.id() + "/approval"), 409,
                "/problems/calibration-already-approved");

        assertThat(problem.get("title").asString()).isEqualTo(
                CalibrationProblem.CALIBRATION_ALREADY_APPROVED.title());
    }

    @Test
    void anUnknownCalibrationIsNotFound() {
        for (String id : List.of(UUID.randomUUID().toString(), "not-a-uuid", "1%27%20OR%201%3D1")) {
            JsonNode problem = api.problem(api.get("/api/v1/calibrations/" + id), 404,
                    "/problems/calibration-not-found");
            assertThat(problem.get("title").asString()).isEqualTo(
                    CalibrationProblem.CALIBRATION_NOT_FOUND.title());
        }
        api.problem(api.post("/api/v1/calibrations/" + UUID.randomUUID() + "/approval"), 404,
                "/problems/calibration-not-found");
    }

    @Test
    void leadsThatCannotBeCalibratedAreRefusedAsTheClientsProblem() {
        assertThatThrownBy(() -> calibrations.propose(ACTIVE, null, CalibrationMethod.ISOTONIC, new int[] {10, 90},
                new boolean[] {false, true})).isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(CalibrationProblem.CALIBRATION_IMPOSSIBLE);
                    assertThat(e.type().status().value()).isEqualTo(422);
                    assertThat(e.properties()).containsEntry("reason", "TOO_FEW_LEADS");
                });
        assertThat(api.ok(api.get("/api/v1/rulesets/" + ACTIVE + "/calibrations")).get("items").valueStream()
                .noneMatch(c -> c.get("sampleSize").asInt() == 2)).isTrue();
    }

    @Test
    void aVersionThatDoesNotExistCannotBeCalibratedNorListed() {
        assertThatThrownBy(() -> calibrations.propose("999", null, CalibrationMethod.PLATT, logisticScores(60),
                logisticOutcomes(60))).isInstanceOf(ProblemException.class);
        assertThat(api.get("/api/v1/rulesets/999/calibrations").statusCode()).isEqualTo(404);
    }

    private void assertIdenticalReplay(String decision) {
        JsonNode replay = api.ok(api.post("/api/v1/decisions/" + decision + "/replay"));
        assertThat(replay.get("identical").asBoolean()).as("replay of %s: %s", decision, replay).isTrue();
    }

    private String decisionOfNewLead(String tag) {
        String lead = api.expect(201, api.postJson("/api/v1/leads", lead(tag))).get("id").asString();
        return api.ok(api.get("/api/v1/leads/" + lead + "/decisions")).get("items").get(0).get("id").asString();
    }

    private static double rounded(double probability) {
        return Math.round(probability * 10_000) / 10_000.0;
    }

    private static int[] logisticScores(int n) {
        int[] scores = new int[n];
        for (int i = 0; i < n; i++) {
            scores[i] = (i * 37) % 101;
        }
        return scores;
    }

    /** Drawn from p = 1 / (1 + e^-(0.06 score - 3)), with a fixed seed. */
    private static boolean[] logisticOutcomes(int n) {
        Random random = new Random(n);
        int[] scores = logisticScores(n);
        boolean[] converted = new boolean[n];
        for (int i = 0; i < n; i++) {
            converted[i] = random.nextDouble() < 1 / (1 + Math.exp(-(0.06 * scores[i] - 3)));
        }
        return converted;
    }

    /** Converters among the leads scored 40 and above, one in three. */
    private static boolean[] shiftedOutcomes(int n) {
        int[] scores = logisticScores(n);
        boolean[] converted = new boolean[n];
        for (int i = 0; i < n; i++) {
            converted[i] = scores[i] >= 40 && i % 3 == 0;
        }
        return converted;
    }

    private static String lead(String tag) {
        String unique = tag + UUID.randomUUID().toString().substring(0, 8);
        return """
                {"lead": {"externalId": "crm-%1$s", "firstName": "Mara", "lastName": "Trix",
                          "email": "mara.%1$s@acme-soft.com", "company": "Acme Soft %1$s",
                          "jobTitle": "Marketing Director", "industry": "SOFTWARE", "companySize": 250, "country": "ES",
                          "consent": {"dataProcessing": true}},
                 "activities": [{"id": "e1", "type": "DEMO_REQUESTED", "occurredAt": "2026-11-20T10:00:00Z"}]}"""
                .formatted(unique);
    }
}
