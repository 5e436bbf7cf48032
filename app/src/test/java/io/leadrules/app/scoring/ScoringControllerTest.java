package io.leadrules.app.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadrules.app.OpenSliceSecurity;
import io.leadrules.app.decision.ReasonLanguage;
import io.leadrules.app.decision.ScoreResponse;
import io.leadrules.rules.engine.RuleInfo;
import io.leadrules.rules.engine.RuleSource;
import io.leadrules.rules.engine.RunawayEvaluationException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;


/** The HTTP contract of POST /api/v1/scores: what it accepts, and the problem it answers for each client mistake. */
// Every request of a slice is anonymous and so shares one rate-limit bucket (10 a second, 5 s of burst): on a fast
// machine the class's requests outrun it and a test gets a 429. Rate limits are tested in RateLimitsTest and
// RateLimitedKeysTest; here they are off.
@WebMvcTest(controllers = ScoringController.class, properties = "leadrules.security.rate-limits.enabled=false")
@Import({JsonBodyLimit.class, OpenSliceSecurity.class, ReasonLanguage.class})
class ScoringControllerTest {

    private static final String LEAD = """
            {"email": "ana@acme-soft.com", "consent": {"dataProcessing": true}}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    LeadScoring scoring;

    @Test
    void scoresAValidRequestAndWritesMissingValuesAsNull() throws Exception {
        given(scoring.score(any(), isNull())).willReturn(invalidAnswer());

        score("{\"lead\": " + LEAD + ", \"activities\": [{\"type\": \"CARRIER_PIGEON\", "
                + "\"occurredAt\": \"2026-11-20T10:00:00Z\"}]}")
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(content().json("""
                        {"rulesetVersion": "1", "asOf": "2026-11-22T12:00:00Z", "valid": false, "score": null,
                         "fit": {"score": null, "grade": null}, "engagement": {"score": null},
                         "temperature": null, "funnelStage": null, "priority": null, "stage": "INVALID"}"""));

        ArgumentCaptor<ScoreRequest> sent = ArgumentCaptor.forClass(ScoreRequest.class);
        then(scoring).should().score(sent.capture(), isNull());
        assertThat(sent.getValue().activities().get(0).type())
                .isEqualTo("CARRIER_PIGEON");
        assertThat(sent.getValue().asOf()).isNull();
    }

    @Test
    void malformedJsonIsAProblemWithItsPosition() throws Exception {
        score("{\"lead\": {\"email\": \"ana@acme-soft.com\",}}")
                .andExpect(problem(400, "/problems/malformed-json", "The request body is not valid JSON"))
                .andExpect(jsonPath("$.detail").value(containsString("line 1")));
    }

    @Test
    void duplicatedMembersTrailingContentEmptyBodiesAndArraysAreMalformedJson() throws Exception {
        for (String body : List.of("{\"lead\": " + LEAD + ", \"lead\": " + LEAD + "}",
                "{\"lead\": " + LEAD + "} {}", "", "[]", "42")) {
            score(body).andExpect(problem(400, "/problems/malformed-json", "The request body is not valid JSON"));
        }
        then(scoring).should(never()).score(any(), any());
    }

    @Test
    void wrongMemberTypeNamesTheMember() throws Exception {
        score("{\"lead\": {\"companySize\": \"lots\"}}")
                .andExpect(problem(400, "/problems/invalid-member-type", "A member has the wrong type or format"))
                .andExpect(field("lead.companySize"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("whole number")))
                .andExpect(jsonPath("$.detail").value(containsString("lead.companySize")))
                .andExpect(jsonPath("$.detail").value(not(containsString("java."))));
    }

    @Test
    void quotedNumbersFractionsAndOutOfRangeNumbersAreWrongTypes() throws Exception {
        wrongType("{\"lead\": {\"companySize\": \"250\"}}", "lead.companySize");
        wrongType("{\"lead\": {\"companySize\": 12.5}}", "lead.companySize");
        wrongType("{\"lead\": {\"companySize\": 99999999999}}", "lead.companySize");
        wrongType("{\"lead\": {\"annualRevenue\": \"12M\"}}", "lead.annualRevenue");
        wrongType("{\"lead\": {\"firstName\": 42}}", "lead.firstName");
        wrongType("{\"lead\": {\"phone\": 34612345678}}", "lead.phone");
        wrongType("{\"lead\": {\"consent\": {\"dataProcessing\": 1}}}", "lead.consent.dataProcessing");
        wrongType("{\"lead\": {\"consent\": {\"dataProcessing\": \"true\"}}}", "lead.consent.dataProcessing");
        wrongType("{\"lead\": {\"consent\": {\"dataProcessing\": \"yes\"}}}", "lead.consent.dataProcessing");
        wrongType("{\"lead\": \"crm-42\"}", "lead");
        wrongType("{\"lead\": {}, \"activities\": {\"type\": \"PAGE_VIEW\"}}", "activities");
    }

    @Test
    void badInstantsNameTheirMember() throws Exception {
        wrongType("{\"asOf\": \"yesterday\", \"lead\": {}}", "asOf");
        wrongType("{\"asOf\": 1763812800, \"lead\": {}}", "asOf");
        wrongType("{\"asOf\": \"2026-11-22T12:00:00\", \"lead\": {}}", "asOf");
        wrongType("{\"lead\": {\"consent\": {\"grantedAt\": \"2026-13-01T00:00:00Z\"}}}", "lead.consent.grantedAt");
        wrongType("{\"lead\": {}, \"activities\": [{\"type\": \"PAGE_VIEW\", \"occurredAt\": \"2026-11-20T10:00:00Z\"},"
                + " {\"type\": \"PAGE_VIEW\", \"occurredAt\": \"20/11/2026\"}]}", "activities[1].occurredAt");
    }

    @Test
    void instantsWithAnOffsetAreReadAsUtc() throws Exception {
        given(scoring.score(any(), isNull())).willReturn(invalidAnswer());

        score("{\"asOf\": \"2026-11-22T13:00:00+01:00\", \"lead\": {}}").andExpect(status().isOk());

        ArgumentCaptor<ScoreRequest> sent = ArgumentCaptor.forClass(ScoreRequest.class);
        then(scoring).should().score(sent.capture(), isNull());
        assertThat(sent.getValue().asOf()).isEqualTo(Instant.parse("2026-11-22T12:00:00Z"));
    }

    @Test
    void unknownMemberIsRefusedNotDropped() throws Exception {
        score("{\"lead\": {\"compnay\": \"Acme Soft\"}}")
                .andExpect(problem(400, "/problems/unknown-member", "The request has a member the API does not know"))
                .andExpect(field("lead.compnay"))
                .andExpect(jsonPath("$.detail").value(containsString("company")));
        score("{\"lead\": {}, \"activites\": []}")
                .andExpect(problem(400, "/problems/unknown-member", "The request has a member the API does not know"))
                .andExpect(field("activites"));
    }

    @Test
    void missingLeadIsInvalid() throws Exception {
        invalid("{\"activities\": []}", "lead");
        invalid("{\"lead\": null}", "lead");
    }

    @Test
    void impossibleValuesAreInvalid() throws Exception {
        invalid("{\"lead\": {\"companySize\": -1}}", "lead.companySize");
        invalid("{\"lead\": {\"annualRevenue\": -0.01}}", "lead.annualRevenue");
        invalid("{\"lead\": {\"email\": \"" + "a".repeat(321) + "\"}}", "lead.email");
        invalid("{\"lead\": {\"lastName\": \"" + "a".repeat(256) + "\"}}", "lead.lastName");
        invalid("{\"lead\": {}, \"activities\": [{\"type\": \"PAGE_VIEW\", \"occurredAt\": \"2026-11-20T10:00:00Z\", "
                + "\"detail\": \"" + "a".repeat(2001) + "\"}]}", "activities[0].detail");
    }

    @Test
    void blankButPresentStringsAndZeroAreFine() throws Exception {
        given(scoring.score(any(), isNull())).willReturn(invalidAnswer());
        score("{\"lead\": {\"firstName\": \"\", \"company\": \"  \", \"companySize\": 0, \"annualRevenue\": 0}}")
                .andExpect(status().isOk());
    }

    @Test
    void activityWithoutTypeOrInstantIsInvalid() throws Exception {
        score("{\"lead\": {}, \"activities\": [" + activity("PAGE_VIEW") + ", " + activity("PAGE_VIEW") + ", "
                + activity("PAGE_VIEW") + ", {\"occurredAt\": \"2026-11-20T10:00:00Z\"}, {\"type\": \"PAGE_VIEW\"}]}")
                .andExpect(problem(400, "/problems/invalid-lead", "The lead or its activities are not valid"))
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].field").value("activities[3].type"))
                .andExpect(jsonPath("$.errors[1].field").value("activities[4].occurredAt"));
    }

    @Test
    void everyInvalidMemberIsListedButTheDetailStaysShort() throws Exception {
        String activities = String.join(",", Collections.nCopies(25, activity("page view")));
        score("{\"lead\": {}, \"activities\": [" + activities + "]}")
                .andExpect(problem(400, "/problems/invalid-lead", "The lead or its activities are not valid"))
                .andExpect(jsonPath("$.errors", hasSize(25)))
                .andExpect(jsonPath("$.detail").value(containsString("and 15 more in errors")));
    }

    @Test
    void malformedActivityTypeIsInvalidButAnUnknownWellFormedOneIsNot() throws Exception {
        for (String type : List.of("demo requested", "Demo_Requested", "DEMO__REQUESTED", "_DEMO", "DEMO_", "")) {
            invalid("{\"lead\": {}, \"activities\": [" + activity(type) + "]}", "activities[0].type");
        }
        given(scoring.score(any(), isNull())).willReturn(invalidAnswer());
        score("{\"lead\": {}, \"activities\": [" + activity("CARRIER_PIGEON2") + "]}").andExpect(status().isOk());
    }

    @Test
    void nullActivityIsInvalid() throws Exception {
        invalid("{\"lead\": {}, \"activities\": [" + activity("PAGE_VIEW") + ", null]}", "activities[1]");
    }

    @Test
    void moreThanFiveThousandActivitiesIsItsOwnProblem() throws Exception {
        String activities = String.join(",", Collections.nCopies(5_001, activity("PAGE_VIEW")));
        score("{\"lead\": {}, \"activities\": [" + activities + "]}")
                .andExpect(problem(400, "/problems/too-many-activities", "Too many activities"))
                .andExpect(field("activities"))
                .andExpect(jsonPath("$.detail").value(containsString("5001")));
        then(scoring).should(never()).score(any(), any());
    }

    @Test
    void bodyOverOneMebibyteIsRefusedBeforeItIsRead() throws Exception {
        String body = "{\"lead\": {\"firstName\": \"" + "a".repeat(1024 * 1024) + "\"}}";
        score(body)
                .andExpect(problem(413, "/problems/payload-too-large", "The request body is too large"))
                .andExpect(jsonPath("$.detail").value(containsString("1048576")));
        then(scoring).should(never()).score(any(), any());
    }

    @Test
    void unknownPathsAreNotFoundProblems() throws Exception {
        for (String path : List.of("/api/v1/nope", "/", "/api/v2/scores")) {
            mvc.perform(get(path).accept(MediaType.TEXT_HTML))
                    .andExpect(problem(404, "/problems/not-found", "Nothing is served here"))
                    .andExpect(jsonPath("$.detail").value(containsString(path)));
        }
    }

    @Test
    void wrongMethodIsNotAllowed() throws Exception {
        mvc.perform(get("/api/v1/scores"))
                .andExpect(problem(405, "/problems/method-not-allowed", "Method not allowed"))
                .andExpect(header().string("Allow", "POST"));
        mvc.perform(put("/api/v1/scores").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(problem(405, "/problems/method-not-allowed", "Method not allowed"));
    }

    @Test
    void nonJsonBodyIsAnUnsupportedMediaType() throws Exception {
        mvc.perform(post("/api/v1/scores").contentType(MediaType.TEXT_PLAIN).content("lead=ana"))
                .andExpect(problem(415, "/problems/unsupported-media-type", "Unsupported media type"));
        mvc.perform(post("/api/v1/scores").content("{\"lead\": {}}"))
                .andExpect(problem(415, "/problems/unsupported-media-type", "Unsupported media type"));
    }

    @Test
    void unacceptableAcceptHeaderGetsAProblemAnyway() throws Exception {
        mvc.perform(post("/api/v1/scores").contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_XML)
                        .content("{\"lead\": {}}"))
                .andExpect(problem(406, "/problems/not-acceptable", "No acceptable representation"));
    }

    @Test
    void runawayRuleIsAServerProblemThatNamesTheRule() throws Exception {
        RuleInfo rule = new RuleInfo("ENG-LOOP", "ENG-LOOP Re-triggers itself", "loops", "ENGAGEMENT",
                RuleSource.line("Engagement.drl", 42));
        given(scoring.score(any(), isNull())).willThrow(new RunawayEvaluationException(rule, 50_001, 50_000));

        score("{\"lead\": " + LEAD + "}")
                .andExpect(problem(500, "/problems/rule-evaluation-failed", "The rule set failed to evaluate the lead"))
                .andExpect(jsonPath("$.ruleId").value("ENG-LOOP"))
                .andExpect(jsonPath("$.ruleSource").value("Engagement.drl, line 42"))
                .andExpect(jsonPath("$.detail").value(containsString("ENG-LOOP")))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void unexpectedFailureIsAnInternalErrorThatLeaksNothing() throws Exception {
        given(scoring.score(any(), isNull())).willThrow(new IllegalStateException("secret connection string"));

        score("{\"lead\": " + LEAD + "}")
                .andExpect(problem(500, "/problems/internal-error", "Internal error"))
                .andExpect(content().string(not(containsString("secret"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))));
    }

    private ResultActions score(String body) throws Exception {
        return mvc.perform(post("/api/v1/scores").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private void wrongType(String body, String field) throws Exception {
        score(body)
                .andExpect(problem(400, "/problems/invalid-member-type", "A member has the wrong type or format"))
                .andExpect(field(field));
    }

    private void invalid(String body, String field) throws Exception {
        score(body)
                .andExpect(problem(400, "/problems/invalid-lead", "The lead or its activities are not valid"))
                .andExpect(field(field))
                .andExpect(jsonPath("$.detail").value(containsString(field)));
    }

    private static String activity(String type) {
        return "{\"type\": \"" + type + "\", \"occurredAt\": \"2026-11-20T10:00:00Z\"}";
    }

    static ResultMatcher problem(int status, String type, String title) {
        return all(
                status().is(status),
                content().contentType(MediaType.APPLICATION_PROBLEM_JSON),
                jsonPath("$.type").value(type),
                jsonPath("$.title").value(title),
                jsonPath("$.status").value(status),
                jsonPath("$.detail").isNotEmpty());
    }

    private static ResultMatcher field(String field) {
        return jsonPath("$.errors[0].field").value(field);
    }

    private static ScoreResponse invalidAnswer() {
        return new ScoreResponse("1", Instant.parse("2026-11-22T12:00:00Z"), false, null,
                new ScoreResponse.Weights(50, 50), new ScoreResponse.Fit(null, null, List.of()),
                new ScoreResponse.Engagement(null, List.of()), null, "INVALID", null, null,
                List.of(new ScoreResponse.Action("REQUEST_CONSENT", "Ask for consent", "No consent", "VAL-1", Map.of())),
                List.of(), List.of(), null, null, "ACTIVE");
    }

    private static ResultMatcher all(ResultMatcher... matchers) {
        return result -> {
            for (ResultMatcher matcher : matchers) {
                matcher.match(result);
            }
        };
    }
}
