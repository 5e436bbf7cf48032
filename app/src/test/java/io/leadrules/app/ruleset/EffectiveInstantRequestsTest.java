package io.leadrules.app.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ruleset.RuleVersionApi.UploadFile;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.sql.Timestamp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code ?effectiveAt=} on one instance: a bad instant is a 400 naming it and changes nothing; a good one is a 202
 * with the activation PENDING, holds other activations back (409), can be called off before it comes, and otherwise
 * makes the version live at the instant, recorded with it. The one live instance still activates at once without it
 * (the other tests of this context).
 */
@RuleVersionServiceTest
class EffectiveInstantRequestsTest {

    private static final String MARKER = """
            package leadrules.data_quality;
            import io.leadrules.rules.vocabulary.*;

            rule "DQ-EFFECTIVE-%s A rule of its own, so the version is new"
                @reason("Makes a version of its own for the effective instant test")
                ruleflow-group "data_quality"
            when
                Lead( email == "effective-at@acme-soft.com" )
            then
            end
            """;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ActivationFollower follower;

    private RuleVersionApi api;

    @BeforeEach
    void client() {
        api = new RuleVersionApi(port);
    }

    @Test
    void anInstantThatIsPastUnreadableOrTooFarAheadIsA400NamingEffectiveAt() {
        String draft = draft("REFUSED");
        for (String instant : List.of(Instant.now().minusSeconds(60).toString(), "tomorrow", "2026-12-07T10:00:00",
                Instant.now().plus(400, ChronoUnit.DAYS).toString())) {
            JsonNode problem = api.post("/api/v1/rulesets/" + draft + "/activation?effectiveAt=" + instant)
                    .problem(400, "/problems/invalid-query");
            assertThat(problem.get("errors").get(0).get("field").asString()).as(instant).isEqualTo("effectiveAt");
        }
        assertThat(api.get("/api/v1/rulesets/" + draft).json(200).get("status").asString()).isEqualTo("DRAFT");
        assertThat(api.get("/api/v1/rulesets/" + draft + "/activation").json(200).get("state").asString())
                .isEqualTo("NONE");
    }

    @Test
    void aPendingActivationHoldsOthersBackUntilCalledOff() {
        String draft = draft("CALLED-OFF");
        String other = draft("OTHER");
        Instant instant = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

        JsonNode pending = api.post("/api/v1/rulesets/" + draft + "/activation?effectiveAt=" + instant).json(202);

        assertThat(pending.get("activation").get("state").asString()).isEqualTo("PENDING");
        assertThat(pending.get("activation").get("effectiveAt").asString()).isEqualTo(instant.toString());
        JsonNode refused = api.post("/api/v1/rulesets/" + other + "/activation").problem(409,
                "/problems/activation-pending");
        assertThat(refused.get("pendingVersion").asString()).isEqualTo(draft);
        JsonNode calledOff = api.delete("/api/v1/rulesets/" + draft + "/activation").json(200);
        assertThat(calledOff.get("state").asString()).isEqualTo("CANCELLED");
        api.delete("/api/v1/rulesets/" + draft + "/activation").problem(409, "/problems/no-pending-activation");
        assertThat(api.get("/api/v1/rulesets/" + draft).json(200).get("status").asString()).isEqualTo("DRAFT");
    }

    /**
     * A plan row names its version: deleting a draft whose activation is pending must be a 409 (the plan would make
     * every instance look for a version gone), and a draft whose activation was called off stays a draft like any
     * other, deletable, not a 500 from the plan's foreign key forever after.
     */
    @Test
    void aDraftPendingActivationIsNotDeletableAndOneCalledOffIs() {
        String draft = draft("DELETED");
        Instant instant = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        api.post("/api/v1/rulesets/" + draft + "/activation?effectiveAt=" + instant).json(202);
        try {
            JsonNode refused = api.delete("/api/v1/rulesets/" + draft).problem(409,
                    "/problems/ruleset-not-deletable");
            assertThat(refused.get("detail").asString()).contains("pending activation");
            assertThat(api.get("/api/v1/rulesets/" + draft + "/activation").json(200).get("state").asString())
                    .isEqualTo("PENDING");
        } finally {
            api.delete("/api/v1/rulesets/" + draft + "/activation").json(200);
        }
        assertThat(api.delete("/api/v1/rulesets/" + draft).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/rulesets/" + draft).status()).isEqualTo(404);
    }

    @Test
    void theVersionGoesLiveAtTheInstantAndIsRecordedWithIt() throws InterruptedException {
        try (RuleVersionApi.ActiveVersionRestore restore = api.activeVersionRestoredAfterwards()) {
            String before = api.activeId();
            String draft = draft("LIVE");
            Instant instant = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);

            api.post("/api/v1/rulesets/" + draft + "/activation?effectiveAt=" + instant).json(202);

            assertThat(api.activeId()).isEqualTo(before);
            while (Instant.now().isBefore(instant.plusSeconds(30))
                    && !api.get("/api/v1/rulesets/" + draft).json(200).get("status").asString().equals("ACTIVE")) {
                Thread.sleep(100);
            }
            assertThat(Instant.now()).isAfterOrEqualTo(instant);
            JsonNode live = api.get("/api/v1/rulesets/" + draft).json(200);
            assertThat(live.get("status").asString()).isEqualTo("ACTIVE");
            JsonNode activations = live.get("activations");
            assertThat(activations.get(activations.size() - 1).get("activatedAt").asString())
                    .isEqualTo(instant.toString());
            assertThat(api.activeId()).isEqualTo(draft);
            assertThat(api.get("/api/v1/rulesets/" + draft + "/activation").json(200).get("state").asString())
                    .isEqualTo("DONE");
        }
    }

    @Test
    void aPlanLeftWithoutAnInstantByARequesterThatIsGoneFailsWithItsReasonAndTheNextActivationSucceeds()
            throws InterruptedException {
        try (RuleVersionApi.ActiveVersionRestore restore = api.activeVersionRestoredAfterwards()) {
            String before = api.activeId();
            String orphan = draft("ORPHAN");
            String next = draft("AFTER-ORPHAN");
            // What a requester that died while it waited for the instances leaves: PENDING, no instant, and an
            // instance id with no heartbeat (its row aged out).
            storePendingPlan(orphan, before, null, "instance-that-died");

            JsonNode failed = awaitActivation(orphan, "FAILED");

            assertThat(failed.get("outcome").asString()).contains("instance-that-died", "no longer live",
                    "activate rule version " + orphan + " again");
            assertThat(api.activeId()).isEqualTo(before);
            assertThat(api.get("/api/v1/rulesets/" + orphan).json(200).get("status").asString()).isEqualTo("DRAFT");
            assertThat(api.post("/api/v1/rulesets/" + next + "/activation").json(200).get("status").asString())
                    .isEqualTo("ACTIVE");
            assertThat(api.activeId()).isEqualTo(next);
        }
    }

    @Test
    void aPlanWithAnInstantStaysPendingWhenItsRequesterIsGone() {
        String planned = draft("GONE-WITH-INSTANT");
        Instant instant = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        storePendingPlan(planned, api.activeId(), instant, "another-instance-that-died");

        follower.follow();

        JsonNode activation = api.get("/api/v1/rulesets/" + planned + "/activation").json(200);
        assertThat(activation.get("state").asString()).isEqualTo("PENDING");
        assertThat(activation.get("effectiveAt").asString()).isEqualTo(instant.toString());
        api.delete("/api/v1/rulesets/" + planned + "/activation").json(200);
    }

    private void storePendingPlan(String version, String previous, Instant effectiveAt, String requester) {
        jdbc.sql("INSERT INTO rule_activation_plans (version_id, previous_version_id, requested_at, requested_by,"
                        + " self_approved, effective_at, state, pending_slot, requester_instance) VALUES (:version,"
                        + " :previous, :at, 'approver', FALSE, :effective, 'PENDING', 1, :requester)")
                .param("version", Long.parseLong(version)).param("previous", Long.parseLong(previous))
                .param("at", Timestamp.from(Instant.now().minusSeconds(60)))
                .param("effective", effectiveAt == null ? null : Timestamp.from(effectiveAt))
                .param("requester", requester).update();
    }

    /** The version's activation once in {@code state}: any instance's follower gets there at its next poll. */
    private JsonNode awaitActivation(String version, String state) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        JsonNode activation = api.get("/api/v1/rulesets/" + version + "/activation").json(200);
        while (!activation.get("state").asString().equals(state) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            activation = api.get("/api/v1/rulesets/" + version + "/activation").json(200);
        }
        assertThat(activation.get("state").asString()).as(activation.toString()).isEqualTo(state);
        return activation;
    }

    private String draft(String tag) {
        return api.uploaded(UploadFile.text("Effective" + tag.replace("-", "") + ".drl", MARKER.formatted(tag)))
                .get("id").asString();
    }
}
