package io.leadrules.app.console.leads;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.FullServiceTest;
import io.leadrules.app.console.ConsoleSession;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A lead's page over real HTTP: what it shows, its links to the rules' sources, its chart data, and refusals. */
@FullServiceTest
class LeadPageTest {

    /** The shapes the Model pages answer: a spreadsheet row (and its anchor) or a DRL line. */
    private static final Pattern SOURCE = Pattern.compile(
            "^/console/sources/1/[A-Za-z]+\\.drl(\\.xlsx\\?sheet=[A-Za-z]+&cell=[A-Z]+(\\d+)#row-(\\d+)|\\?line=\\d+)$");

    @LocalServerPort
    int port;

    private ConsoleLeads leads;
    private ConsoleSession sales;

    @BeforeEach
    void setUp() {
        leads = new ConsoleLeads(port);
        sales = ConsoleSession.signedIn(port, "SALES");
    }

    @Test
    void theLeadsPageShowsItsProfileAttributesConsentTimelineAndCurrentDecision() {
        String tag = ConsoleLeads.tag();
        String id = leads.hot(tag, "Hilda", "Hot Co");
        leads.patch(id, "{\"attributes\": {\"leadOrigin\": \"Trade fair\", \"timeOnSite\": 754}}");

        String page = open(id);

        assertThat(page).contains("Hilda Garcia", "Hot Co", tag + "@example.com", "leadOrigin", "Trade fair",
                "timeOnSite", "754", "2026-01", "DEMO_REQUESTED", "Demo form", "FREE_TRIAL_STARTED");
        String timeline = page.substring(page.indexOf("<ol class=\"timeline\">"));
        assertThat(timeline.indexOf("CONTACT_SALES")).as("newest activity first")
                .isLessThan(timeline.indexOf("FREE_TRIAL_STARTED"));
        assertThat(timeline.indexOf("FREE_TRIAL_STARTED")).isLessThan(timeline.indexOf("DEMO_REQUESTED"));
        assertThat(page).contains("<span class=\"score\">100</span>", "Hot</span>", "SQL (sales-ready)</span>",
                "<dd>P1</dd>", "<dd>BOFU</dd>");
        assertThat(page).contains("href=\"/console/decisions/" + leads.decisions(id).get(0).get("id").asString()
                + "\"");
        assertThat(page).containsPattern("class=\"next-actions\">\\s*<li><strong>[^<]+</strong>");
    }

    @Test
    void theExplanationIsGroupedByFitEngagementAndQualificationEachLineLinkedToItsSource() {
        String id = leads.hot(ConsoleLeads.tag(), "Hilda", "Hot Co");

        String page = open(id);

        List<String> fit = sourceLinks(group(page, "fit"));
        List<String> engagement = sourceLinks(group(page, "engagement"));
        List<String> qualification = sourceLinks(group(page, "qualification"));
        assertThat(group(page, "fit")).contains("Fit: who they are", "FIT-ROLE-", "+");
        assertThat(group(page, "engagement")).contains("ENG-DEMO_REQUESTED");
        assertThat(group(page, "qualification")).contains("STAGE-SQL", "TEMP-HOT", "PRIORITY-P1");
        assertThat(fit).isNotEmpty().anySatisfy(link -> assertThat(link).contains("ProfileFit.drl.xlsx?sheet="));
        assertThat(qualification).anySatisfy(link -> assertThat(link).contains("Qualification.drl?line="));
        List<String> all = new ArrayList<>(fit);
        all.addAll(engagement);
        all.addAll(qualification);
        for (String link : all) {
            Matcher shape = SOURCE.matcher(link);
            assertThat(shape.matches()).as(link).isTrue();
            if (shape.group(2) != null) {
                assertThat(shape.group(3)).as("the anchor is the cell's row").isEqualTo(shape.group(2));
            }
        }
    }

    @Test
    void theChartsDataAreTheScoresOfTheLeadsDecisionsOldestFirst() {
        String id = leads.cold(ConsoleLeads.tag(), "Carl", "Cold Co");
        leads.patch(id, "{\"jobTitle\": \"Marketing Director\", \"companySize\": 250}");
        leads.patch(id, "{\"jobTitle\": \"CEO\", \"companySize\": 1500, \"annualRevenue\": 60000000}");

        String page = open(id);

        Matcher canvas = Pattern.compile("<canvas id=\"score-chart\" data-chart=\"([^\"]+)\"").matcher(page);
        assertThat(canvas.find()).as("a chart").isTrue();
        JsonNode chart = JsonMapper.builder().build().readTree(HtmlUtils.htmlUnescape(canvas.group(1)));
        List<Integer> expected = new ArrayList<>();
        leads.decisions(id).forEach(decision -> expected.add(0, decision.get("score").asInt()));
        List<Integer> drawn = new ArrayList<>();
        chart.get("data").get("datasets").get(0).get("data").forEach(score -> drawn.add(score.asInt()));
        assertThat(chart.get("type").asString()).isEqualTo("line");
        assertThat(expected).hasSize(3);
        assertThat(drawn).isEqualTo(expected);
        assertThat(chart.get("data").get("labels")).hasSize(3);
        assertThat(page).contains("The 3 decisions, newest first");
    }

    @Test
    void markupInANameCompanyAttributeOrActivityDetailIsShownAsTextNeverRun() {
        String tag = ConsoleLeads.tag();
        String script = "<script>alert('x')</script>";
        String image = "\"><img src=x onerror=alert(1)>";
        String id = leads.create(tag, script, image, "CEO", 1500, "60000000",
                "{\"id\": \"a1\", \"type\": \"PAGE_VIEW\", \"occurredAt\": \"2026-11-20T10:00:00Z\", \"detail\": "
                        + ConsoleLeads.quoted(image) + "}");
        leads.patch(id, "{\"attributes\": {\"note\": " + ConsoleLeads.quoted(script + image) + "}}");

        String page = open(id);
        String queue = sales.get("/console/leads?q=" + tag).body();

        for (String html : List.of(page, queue)) {
            assertThat(html).doesNotContain("<script>alert", "<img src=x", "onerror=alert(1)>")
                    .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        }
        assertThat(page).contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void anErasedUnknownOrMalformedLeadIsThe404ProblemPage() {
        String id = leads.cold(ConsoleLeads.tag(), "Erin", "Gone Co");
        leads.erase(id);

        for (String path : List.of(id, UUID.randomUUID().toString(), "not-a-lead")) {
            HttpResponse<String> answer = sales.get("/console/leads/" + path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(answer.body()).contains("role=\"alert\"", "/problems/lead-not-found").doesNotContain("Erin");
        }
    }

    @Test
    void salesAndRuleEditorsOpenALeadAndAuditorsAreRefused() {
        String id = leads.cold(ConsoleLeads.tag(), "Rita", "Roles Co");

        assertThat(sales.get("/console/leads/" + id).statusCode()).isEqualTo(200);
        assertThat(ConsoleSession.signedIn(port, "RULE_EDITOR").get("/console/leads/" + id).statusCode())
                .isEqualTo(200);
        assertThat(ConsoleSession.signedIn(port, "AUDITOR").get("/console/leads/" + id).statusCode())
                .isEqualTo(403);
    }

    @Test
    void theLeadsPageSpeaksSpanish() {
        String id = leads.hot(ConsoleLeads.tag(), "Hilda", "Hot Co");

        String spanish = ConsoleSession.signedIn(port, "SALES").inSpanish().get("/console/leads/" + id).body();

        assertThat(spanish).contains("Por qué esta puntuación", "Encaje: quién es", "Caliente", "Consentimiento",
                "nov 2026");
    }

    private String open(String id) {
        HttpResponse<String> answer = sales.get("/console/leads/" + id);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    /** The explanation group of a dimension (fit, engagement, qualification), up to the next group. */
    private static String group(String page, String dimension) {
        int start = page.indexOf("class=\"group group-" + dimension + "\"");
        assertThat(start).as("a " + dimension + " group").isPositive();
        int end = page.indexOf("class=\"group group-", start + 10);
        return page.substring(start, end < 0 ? page.indexOf("</ul>", start) : end);
    }

    private static List<String> sourceLinks(String html) {
        List<String> links = new ArrayList<>();
        Matcher link = Pattern.compile("class=\"source\" href=\"([^\"]+)\"").matcher(html);
        while (link.find()) {
            links.add(HtmlUtils.htmlUnescape(link.group(1)));
        }
        return links;
    }
}
