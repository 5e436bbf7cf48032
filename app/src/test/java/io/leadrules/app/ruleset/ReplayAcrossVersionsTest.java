package io.leadrules.app.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ruleset.RuleVersionApi.UploadFile;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A decision replays with the rule version it was made with, not the one live now: version 1 is compiled again from
 * its stored files when nothing holds it compiled any more, and gives exactly the recorded answer.
 */
@RuleVersionServiceTest
class ReplayAcrossVersionsTest {

    @LocalServerPort
    int port;

    @Autowired
    CompiledVersions compiled;

    private RuleVersionApi api;

    @BeforeEach
    void client() {
        api = new RuleVersionApi(port);
    }

    @Test
    void aDecisionOfAnEarlierVersionReplaysIdenticallyWithThatVersionCompiledAgainFromTheDatabase() {
        try (var restore = api.activeVersionRestoredAfterwards()) {
            api.activate("1");
            JsonNode created = api.postJson("/api/v1/leads", JourneyLeads.storedLead("replay-analyst",
                    "Marketing Analyst", "[" + JourneyLeads.activity("d1", "DEMO_REQUESTED", "2026-11-20T10:00:00Z")
                            + "]")).json(201);
            JsonNode first = created.get("decision");
            assertThat(first.get("rulesetVersion").asString()).isEqualTo("1");
            assertThat(JourneyLeads.breakdown(first, "fit", "ROLE").get("points").asInt()).isEqualTo(9);
            String later = activatedPractitionersWorthMore();
            JsonNode second = api.postJson("/api/v1/leads/" + created.get("id").asString() + "/activities",
                    JourneyLeads.activity("v1", "PAGE_VIEW", "2026-11-21T10:00:00Z")).json(200).get("decision");
            assertThat(second.get("rulesetVersion").asString()).isEqualTo(later);
            assertThat(JourneyLeads.breakdown(second, "fit", "ROLE").get("points").asInt()).isEqualTo(15);
            evictFromTheCompiledVersions(1L);

            JsonNode replay = replay(first);

            assertThat(replay.get("rulesetVersion").asString()).isEqualTo("1");
            assertThat(compiled.heldIds()).as("compiled again for the replay").containsKey(1L);
            assertThat(replay(second).get("rulesetVersion").asString()).isEqualTo(later);
        }
    }

    /** Practitioners worth 50 instead of 30 (and the scenario that pins one updated), live: answers its id. */
    private String activatedPractitionersWorthMore() {
        String id = api.uploaded(Map.of("basedOn", "1"),
                EditedWorkbook.shipped("ProfileFit.drl.xlsx")
                        .set("Fit", "FIT-ROLE-PRACTITIONER", "Match (0-100)", 50).file(),
                ScenarioFile.shipped().replaceInScenario(
                        "Grade C analyst asked for a demo but unsubscribed: MQL by the grade C route",
                        ",C,51,20,36,", ",C,57,20,39,").file()).get("id").asString();
        api.activate(id);
        return id;
    }

    /** Replays the decision and answers the replay, failing unless it is identical to the record. */
    private JsonNode replay(JsonNode decision) {
        String id = decision.get("id").asString();
        JsonNode replay = api.post("/api/v1/decisions/" + id + "/replay").json(200);
        assertThat(replay.get("identical").asBoolean()).as(replay.toString()).isTrue();
        assertThat(replay.get("differences").isEmpty()).isTrue();
        assertThat(replay.get("decisionId").asString()).isEqualTo(id);
        return replay;
    }

    /** Uploads drafts until the service no longer holds the version compiled: the replay then has to compile it. */
    private void evictFromTheCompiledVersions(long version) {
        for (int upload = 1; compiled.heldIds().containsKey(version); upload++) {
            assertThat(upload).as("uploads needed to push version %s out", version).isLessThanOrEqualTo(5);
            api.uploaded(Map.of("label", "Filler " + upload),
                    UploadFile.text("Filler" + upload + ".drl", "// nothing but a package\npackage leadrules.fit;\n"));
        }
    }
}
