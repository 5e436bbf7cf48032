package io.leadrules.app.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ruleset.RuleVersionApi.Answer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * No lost updates on the rules, over HTTP, with four eyes off (as for a one-person trial; {@link FourEyesTest} turns
 * them on): a draft whose base is no longer live, ETags and If-Match, the review an approver reads, deleting drafts.
 * Every request here is the test admin (one key), so it is uploader and approver at once; four eyes are off.
 */
@RuleVersionServiceTest
class RuleVersionApprovalTest {

    private static final String SCENARIO = "Ideal persona asked for a demo two days ago (the issue's example)";
    private static final AtomicInteger EDITS = new AtomicInteger();

    @LocalServerPort
    int port;

    private RuleVersionApi api;

    @BeforeEach
    void client() {
        api = new RuleVersionApi(port);
    }

    @Test
    void aDraftWhoseBaseIsNoLongerLiveIsRefusedNamingBothVersions() {
        try (var restore = api.activeVersionRestoredAfterwards()) {
            String live = api.activeId();
            String first = draft(live);
            String second = draft(live);
            api.activate(first);

            JsonNode refused = api.post(activation(second)).problem(409, "/problems/stale-base");

            assertThat(refused.get("title").asString())
                    .isEqualTo("The draft starts from a version that is no longer live");
            assertThat(refused.get("basedOn").asString()).isEqualTo(live);
            assertThat(refused.get("liveVersion").asString()).isEqualTo(first);
            assertThat(refused.get("detail").asString()).contains(live, first, "replaces=" + first);
            assertThat(api.activeId()).isEqualTo(first);
        }
    }

    @Test
    void replacesNamingTheLiveVersionActivatesAStaleDraftOnPurpose() {
        try (var restore = api.activeVersionRestoredAfterwards()) {
            String live = api.activeId();
            String first = draft(live);
            String second = draft(live);
            api.activate(first);

            api.post(activation(second) + "?replaces=" + live).problem(409, "/problems/stale-base");
            api.post(activation(second) + "?replaces=999").problem(409, "/problems/stale-base");
            assertThat(api.activeId()).isEqualTo(first);
            JsonNode activated = api.post(activation(second) + "?replaces=" + first).json(200);

            assertThat(activated.get("status").asString()).isEqualTo("ACTIVE");
            assertThat(activated.get("activations").get(0).get("replaced").asString()).isEqualTo(first);
        }
    }

    @Test
    void anActivationByTheUploaderIsRecordedAsSelfApprovedWhileFourEyesAreOff() {
        try (var restore = api.activeVersionRestoredAfterwards()) {
            String id = draft(api.activeId());

            JsonNode activation = api.activate(id).get("activations").get(0);

            assertThat(activation.get("activatedBy").asString()).isEqualTo("admin");
            assertThat(activation.get("selfApproved").asBoolean()).isTrue();
        }
    }

    @Test
    void anIfMatchThatIsNotTheCurrentETagIsA412AndChangesNothing() {
        try (var restore = api.activeVersionRestoredAfterwards()) {
            String id = draft(api.activeId());
            Answer read = api.get(version(id));
            assertThat(read.etag()).startsWith("\"" + id + "-");

            JsonNode refused = api.postIfMatch(activation(id), "\"" + id + "-stale\"")
                    .problem(412, "/problems/precondition-failed");

            assertThat(refused.get("title").asString()).isEqualTo("The rule version changed since it was read");
            assertThat(refused.get("etag").asString()).isEqualTo(read.etag());
            assertThat(api.get(version(id)).json(200).get("status").asString()).isEqualTo("DRAFT");
            Answer activated = api.postIfMatch(activation(id), read.etag());
            assertThat(activated.json(200).get("status").asString()).isEqualTo("ACTIVE");
            assertThat(activated.etag()).isNotEqualTo(read.etag()).isEqualTo(api.get(version(id)).etag());
            api.deleteIfMatch(version(id), read.etag()).problem(412, "/problems/precondition-failed");
        }
    }

    @Test
    void theReviewShowsTheChangedScenarioFileAgainstTheLiveVersionAndItsETagApprovesIt() {
        try (var restore = api.activeVersionRestoredAfterwards()) {
            String live = api.activeId();
            String id = draft(live);

            Answer answer = api.get(version(id) + "/review");
            JsonNode review = answer.json(200);

            assertThat(review.get("uploadedBy").asString()).isEqualTo("admin");
            assertThat(review.get("basedOn").asString()).isEqualTo(live);
            assertThat(review.get("liveVersion").asString()).isEqualTo(live);
            assertThat(review.get("staleBase").asBoolean()).isFalse();
            JsonNode scenarioFile = review.get("scenarioFiles").get(0);
            assertThat(scenarioFile.get("file").asString()).isEqualTo(ScenarioFile.NAME);
            assertThat(scenarioFile.get("change").asString()).isEqualTo("CHANGED");
            assertThat(scenarioFile.get("sha256Before").asString())
                    .isNotEqualTo(scenarioFile.get("sha256After").asString());
            assertThat(review.get("diff").get("against").asString()).isEqualTo(live);
            assertThat(review.get("diff").get("changes").get("changedFiles").valueStream().map(JsonNode::asString))
                    .containsExactly(ScenarioFile.NAME);
            assertThat(review.get("diff").get("changes").get("texts").toString()).contains("The demo " + EDITS.get());
            assertThat(review.get("lastTest").get("passed").asBoolean()).isTrue();
            assertThat(answer.etag()).isNotEqualTo(api.get(version(id)).etag());
            assertThat(api.postIfMatch(activation(id), answer.etag()).json(200).get("status").asString())
                    .isEqualTo("ACTIVE");
        }
    }

    @Test
    void aDraftIsDeletedWithItsSimulationsAndItsIdIsNeverGivenAgain() {
        String id = draft(api.activeId());
        String simulation = api.postJson(version(id) + "/simulation", "{}").json(202).get("id").asString();

        assertThat(api.deleteIfMatch(version(id), api.get(version(id)).etag()).status()).isEqualTo(204);

        api.get(version(id)).problem(404, "/problems/ruleset-not-found");
        api.delete(version(id)).problem(404, "/problems/ruleset-not-found");
        api.get("/api/v1/simulations/" + simulation).problem(404, "/problems/simulation-not-found");
        assertThat(api.versionIds()).doesNotContain(id);
        assertThat(Long.parseLong(draft(api.activeId()))).isGreaterThan(Long.parseLong(id));
    }

    @Test
    void anActiveOrRetiredVersionOrTheBaseOfAnotherDraftIsNotDeleted() {
        try (var restore = api.activeVersionRestoredAfterwards()) {
            String retired = api.activeId();
            String base = draft(retired);
            String onTop = draft(base);
            JsonNode refused = api.delete(version(base)).problem(409, "/problems/ruleset-not-deletable");
            assertThat(refused.get("title").asString()).isEqualTo("The rule version cannot be deleted");
            assertThat(refused.get("basedOnIt").valueStream().map(JsonNode::asString)).containsExactly(onTop);

            api.post(activation(onTop)).json(200);

            assertThat(api.delete(version(onTop)).problem(409, "/problems/ruleset-not-deletable").get("versionStatus")
                    .asString()).isEqualTo("ACTIVE");
            assertThat(api.delete(version(retired)).problem(409, "/problems/ruleset-not-deletable").get("versionStatus")
                    .asString()).isEqualTo("RETIRED");
            assertThat(api.versionIds()).contains(retired, base, onTop);
        }
    }

    /** Uploads a draft on {@code base} whose scenario file differs only in a description: every scenario passes. */
    private String draft(String base) {
        String edit = "(A). The demo " + EDITS.incrementAndGet();
        return api.uploaded(Map.of("basedOn", base),
                ScenarioFile.shipped().replaceInScenario(SCENARIO, "(A). Demo", edit).file()).get("id").asString();
    }

    private static String version(String id) {
        return "/api/v1/rulesets/" + id;
    }

    private static String activation(String id) {
        return version(id) + "/activation";
    }
}
