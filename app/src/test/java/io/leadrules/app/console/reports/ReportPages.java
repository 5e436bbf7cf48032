package io.leadrules.app.console.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ApiClient;
import io.leadrules.app.console.ConsoleSession;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the report pages' tests share: leads stored through the API, a dataset posted as a browser posts a file, a
 * job's page followed until its report shows, and the charts of a page read back from their data-chart attributes.
 */
public final class ReportPages {

    /** Long enough for a few hundred leads on the slowest machine; a test fails only if a job never ends. */
    static final Duration PATIENCE = Duration.ofSeconds(120);
    static final String HEADER = "id,createdAt,outcome,outcomeAt,company,jobTitle,industry,companySize,country,"
            + "activities\n";
    static final String[] TITLES = {"Chief Executive Officer", "Marketing Director", "Sales Manager", "Analyst",
            "Student"};
    private static final Pattern CHART = Pattern.compile("<canvas id=\"([^\"]+)\" data-chart=\"([^\"]*)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReportPages() {
    }

    /** A lead stored through the API with this source (so a preview can pick exactly the test's leads). */
    static String store(ApiClient api, String name, String jobTitle, String source) {
        String body = """
                {"lead": {"externalId": "%1$s-%4$s", "email": "%1$s.%4$s@acme-soft.com", "company": "Acme Soft",
                          "jobTitle": "%2$s", "industry": "SOFTWARE", "companySize": 250, "country": "ES",
                          "source": "%3$s", "consent": {"dataProcessing": true}},
                 "activities": [{"id": "e1", "type": "DEMO_REQUESTED", "occurredAt": "2026-11-20T10:00:00Z"}]}"""
                .formatted(name, jobTitle, source, source.toLowerCase());
        return api.expect(201, api.postJson("/api/v1/leads", body)).get("id").asString();
    }

    /** A CSV file posted from the version's backtest page, as a browser posts its form (multipart, CSRF token). */
    static HttpResponse<String> uploadDataset(ConsoleSession session, String version, String fileName, String csv,
                                              String cutoffDays) {
        String token = ConsoleSession.csrf(session.get("/console/rules/" + version + "/backtest").body());
        String boundary = "----reports" + UUID.randomUUID().toString().replace("-", "");
        String body = part(boundary, "_csrf", null, token) + part(boundary, "cutoffDays", null, cutoffDays)
                + part(boundary, "dataset", fileName, csv) + "--" + boundary + "--\r\n";
        return session.send(session.request("/console/rules/" + version + "/backtest/dataset")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    /** The job's page once it shows {@code marker} (its report), or the failure of a job that never got there. */
    static String reportPage(ConsoleSession session, String location, String marker) {
        Instant giveUp = Instant.now().plus(PATIENCE);
        String page = session.get(location).body();
        while (!page.contains(marker) && Instant.now().isBefore(giveUp)) {
            Thread.onSpinWait();
            page = session.get(location).body();
        }
        assertThat(page).as("the report of " + location).contains(marker);
        return page;
    }

    /** The path a 302 answer sends the browser to. */
    static String location(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElseThrow();
        return location.replaceFirst("^https?://[^/]+", "");
    }

    /** Every chart of the page by its canvas id, its data-chart attribute decoded and parsed. */
    static Map<String, JsonNode> charts(String page) {
        Map<String, JsonNode> charts = new HashMap<>();
        Matcher chart = CHART.matcher(page);
        while (chart.find()) {
            charts.put(chart.group(1), JSON.readTree(HtmlUtils.htmlUnescape(chart.group(2))));
        }
        return charts;
    }

    /** The page with the white space between tags taken out, so that rows can be matched as text. */
    static String compact(String page) {
        return page.replaceAll(">\\s+<", "><").replaceAll("\\s+", " ");
    }

    static List<Integer> ints(JsonNode array) {
        List<Integer> values = new ArrayList<>();
        array.forEach(value -> values.add(value.isNull() ? null : value.asInt()));
        return values;
    }

    /** Leads whose webinar and analyst title, not the shipped demo points, make them convert (as a logistic model). */
    public static String generated(Random random, int rows) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            String title = TITLES[random.nextInt(TITLES.length)];
            boolean webinar = random.nextInt(3) == 0;
            double odds = -2.0 + (webinar ? 2.5 : 0) + (title.equals("Analyst") ? 1.5 : 0);
            boolean converted = random.nextDouble() < 1 / (1 + Math.exp(-odds));
            String activities = "EMAIL_OPEN x" + (1 + random.nextInt(4)) + "@+1d"
                    + (random.nextInt(4) == 0 ? "; DEMO_REQUESTED@+3d" : "") + (webinar ? "; WEBINAR_ATTENDED@+4d" : "");
            csv.append(row("g" + i, converted ? "WON" : "LOST", title, activities));
        }
        return csv.toString();
    }

    static String row(String id, String outcome, String title, String activities) {
        return id + ",2026-01-05T09:00:00Z," + outcome + ",,Acme Soft," + title + ",SOFTWARE,250,ES,\"" + activities
                + "\"\n";
    }

    private static String part(String boundary, String name, String fileName, String value) {
        String disposition = "Content-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: text/csv");
        return "--" + boundary + "\r\n" + disposition + "\r\n\r\n" + value + "\r\n";
    }
}
