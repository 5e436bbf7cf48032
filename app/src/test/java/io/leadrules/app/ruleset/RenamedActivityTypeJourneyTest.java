package io.leadrules.app.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The activity types the service scores follow the rules: marketing ops rename WEBINAR_ATTENDED to WEBINAR_JOINED in
 * the Points sheet (with the parameter middleFunnelActivities in Model.drl.xlsx that lists the type for the funnel
 * rule of Qualification.drl, and the scenarios that send it).
 * Once that version is live, a client still sending the old name loses nothing: the activity is stored and the
 * answer warns that it counted zero. Rolled back, the old name counts again.
 */
@RuleVersionServiceTest
class RenamedActivityTypeJourneyTest {

    private static final String OLD = "WEBINAR_ATTENDED";
    private static final String NEW = "WEBINAR_JOINED";

    @LocalServerPort
    int port;

    private RuleVersionApi api;

    @BeforeEach
    void client() {
        api = new RuleVersionApi(port);
    }

    @Test
    void aRenamedTypeIsListedByTheVersionAndTheOldNameIsKeptButWarnedAboutUntilRolledBack() {
        try (var restore = api.activeVersionRestoredAfterwards()) {
            api.activate("1");
            String lead = storedLeadWhoAttendedAWebinar();
            String renamed = uploadedRename();

            api.activate(renamed);
            JsonNode oldName = postActivity(lead, "w2", OLD, "2026-11-21T10:00:00Z");
            assertThat(oldName.get("rulesetVersion").asString()).isEqualTo(renamed);
            assertThat(oldName.get("dataQuality").valueStream().filter(f -> f.get("code").asString()
                    .equals("UNKNOWN_ACTIVITY_TYPE"))).singleElement().satisfies(finding -> {
                        assertThat(finding.get("severity").asString()).isEqualTo("WARNING");
                        assertThat(finding.get("message").asString()).contains(OLD, "2 event(s) count zero points");
                    });
            assertThat(categories(oldName)).doesNotContain(OLD);
            assertThat(api.get("/api/v1/leads/" + lead + "/activities").json(200).get("total").asInt()).isEqualTo(2);
            JsonNode newName = postActivity(lead, "j1", NEW, "2026-11-21T11:00:00Z");
            assertThat(JourneyLeads.breakdown(newName, "engagement", NEW).get("points").asInt()).isEqualTo(8);

            api.activate("1");
            JsonNode rolledBack = postActivity(lead, "w3", OLD, "2026-11-21T12:00:00Z");
            assertThat(rolledBack.get("rulesetVersion").asString()).isEqualTo("1");
            JsonNode webinars = JourneyLeads.breakdown(rolledBack, "engagement", OLD);
            assertThat(webinars.get("ruleId").asString()).isEqualTo("ENG-WEBINAR_ATTENDED");
            assertThat(webinars.get("points").asInt()).as("3 events of 8 points, capped at 16").isEqualTo(16);
            assertThat(rolledBack.get("dataQuality").valueStream().map(f -> f.get("message").asString()))
                    .singleElement().asString().contains(NEW).doesNotContain(OLD);
        }
    }

    /**
     * Uploads the rename, based on version 1: the Points row's type, the funnel parameter that lists it and the
     * scenarios that send it. Answers the new version's id once its scenarios pass and it lists the new name, not
     * the old.
     */
    private String uploadedRename() {
        JsonNode renamed = api.uploaded(Map.of("basedOn", "1", "label", "Webinars are joined, not attended"),
                EditedWorkbook.shipped("EngagementPoints.drl.xlsx").set("Points", "ENG-WEBINAR_ATTENDED",
                        "Activity type", NEW).file(),
                EditedWorkbook.shipped("Model.drl.xlsx").replace("Parameters", "middleFunnelActivities", "Value",
                        OLD, NEW).file(),
                ScenarioFile.shipped().everyScenario(line -> line.replaceAll("(?<!ENG-)" + OLD, NEW)).file());
        String id = renamed.get("id").asString();
        assertThat(renamed.get("lastTest").get("passed").asBoolean()).isTrue();
        assertThat(renamed.get("activityTypes").valueStream().map(JsonNode::asString))
                .contains(NEW, "WEBINAR_REGISTERED").doesNotContain(OLD);
        assertThat(api.get("/api/v1/rulesets/" + id + "/rules").json(200).get("activityTypes"))
                .isEqualTo(renamed.get("activityTypes"));
        assertThat(api.get("/api/v1/rulesets/1/rules").json(200).get("activityTypes").valueStream()
                .map(JsonNode::asString)).contains(OLD).doesNotContain(NEW);
        return id;
    }

    /** A lead stored under version 1 with one webinar attended: 8 points, no warning. */
    private String storedLeadWhoAttendedAWebinar() {
        RuleVersionApi.Answer created = api.postJson("/api/v1/leads", JourneyLeads.storedLead("webinar-fan",
                "[" + JourneyLeads.activity("w1", OLD, "2026-11-20T10:00:00Z") + "]"));
        JsonNode answer = created.json(201);
        JsonNode decision = answer.get("decision");
        assertThat(decision.get("rulesetVersion").asString()).isEqualTo("1");
        assertThat(JourneyLeads.breakdown(decision, "engagement", OLD).get("points").asInt()).isEqualTo(8);
        assertThat(JourneyLeads.findingCodes(decision)).doesNotContain("UNKNOWN_ACTIVITY_TYPE");
        return answer.get("id").asString();
    }

    /** Posts one activity to the stored lead; answers the new decision, failing unless the activity was stored. */
    private JsonNode postActivity(String lead, String id, String type, String occurredAt) {
        JsonNode answer = api.postJson("/api/v1/leads/" + lead + "/activities",
                JourneyLeads.activity(id, type, occurredAt)).json(200);
        assertThat(answer.get("accepted").valueStream().map(JsonNode::asString)).containsExactly(id);
        return answer.get("decision");
    }

    private static List<String> categories(JsonNode decision) {
        return decision.get("engagement").get("breakdown").valueStream().map(e -> e.get("category").asString())
                .toList();
    }
}
