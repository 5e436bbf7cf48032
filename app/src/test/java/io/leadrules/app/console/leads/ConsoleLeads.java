package io.leadrules.app.console.leads;

import io.leadrules.app.ApiClient;
import java.net.http.HttpRequest;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Leads for the console's leads pages, stored through the API as the admin (the clock is fixed at
 * ScoringJourneyTest.NOW, 2026-11-22T12:00Z). Each test tags its leads (externalId and email) so that tests sharing
 * the database find only their own with the search.
 */
final class ConsoleLeads {

    /** A demo, a trial and a call to sales, yesterday: the most engaged a lead can be. */
    static final String SALES_READY = """
            {"id": "d1", "type": "DEMO_REQUESTED", "occurredAt": "2026-11-21T09:00:00Z", "detail": "Demo form"},
            {"id": "t1", "type": "FREE_TRIAL_STARTED", "occurredAt": "2026-11-21T10:00:00Z"},
            {"id": "s1", "type": "CONTACT_SALES", "occurredAt": "2026-11-21T11:00:00Z"}""";

    private final ApiClient api;

    ConsoleLeads(int port) {
        this.api = new ApiClient(port);
    }

    static String tag() {
        return "cl" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** A CEO of a large software company who asked for a demo, a trial and sales yesterday: 100, HOT, SQL, P1. */
    String hot(String externalId, String firstName, String company) {
        return create(externalId, firstName, company, "CEO", 1500, "60000000", SALES_READY);
    }

    /** A student at a small school with one page view: COLD. */
    String cold(String externalId, String firstName, String company) {
        return create(externalId, firstName, company, "Student", 5, "0", """
                {"id": "v1", "type": "PAGE_VIEW", "occurredAt": "2026-11-20T10:00:00Z"}""");
    }

    String create(String externalId, String firstName, String company, String jobTitle, int size, String revenue,
                  String activities) {
        String body = """
                {"lead": {"externalId": "%s", "email": "%s@example.com", "firstName": %s, "lastName": "Garcia",
                 "company": %s, "jobTitle": "%s", "industry": "SOFTWARE", "companySize": %d, "annualRevenue": %s,
                 "country": "ES", "source": "REFERRAL", "leadMagnet": "EBOOK", "productInterest": "crm-suite",
                 "consent": {"dataProcessing": true, "profilingObjection": false, "policyVersion": "2026-01"}},
                 "activities": [%s]}""".formatted(externalId, externalId, quoted(firstName), quoted(company),
                jobTitle, size, revenue, activities);
        return api.expect(201, api.postJson("/api/v1/leads", body)).get("id").asString();
    }

    /** Changes the lead through the API (a JSON merge patch), which records a new decision. */
    JsonNode patch(String id, String mergePatch) {
        return api.ok(api.send("/api/v1/leads/" + id, request -> request
                .header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(mergePatch))));
    }

    /** The lead's decisions as the API lists them, newest first. */
    JsonNode decisions(String id) {
        return api.ok(api.get("/api/v1/leads/" + id + "/decisions?size=200")).get("items");
    }

    void erase(String id) {
        int status = api.send("/api/v1/leads/" + id, request -> request.DELETE()).statusCode();
        if (status != 204) {
            throw new IllegalStateException("erasing " + id + " answered " + status);
        }
    }

    /** A JSON string of any text (quotes, angle brackets, backslashes escaped). */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
