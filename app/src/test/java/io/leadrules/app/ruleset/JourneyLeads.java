package io.leadrules.app.ruleset;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** The leads the rule-version journeys score and store, and how to read what the rules gave them. */
final class JourneyLeads {

    private JourneyLeads() {
    }

    /**
     * {@code POST /api/v1/scores}: the example (a consented lead at a 250-person software company, from
     * organic search, who asked for a demo two days before {@link RuleVersionServiceTest#NOW}) with this job title.
     */
    static String scoreRequest(String jobTitle) {
        return """
                {"asOf": "2026-11-22T12:00:00Z",
                 "lead": {"externalId": "journey-1", "firstName": "Ana", "lastName": "Garcia",
                          "email": "ana@acme-soft.com", "phone": "+34 612 345 678", "company": "Acme Soft",
                          "jobTitle": "%s", "industry": "SOFTWARE", "companySize": 250, "annualRevenue": 12000000,
                          "country": "ES", "source": "ORGANIC_SEARCH", "leadMagnet": "EBOOK",
                          "productInterest": "crm-suite",
                          "consent": {"dataProcessing": true, "profilingObjection": false, "policyVersion": "2026-01"}},
                 "activities": [{"id": "e1", "type": "DEMO_REQUESTED", "occurredAt": "2026-11-20T10:00:00Z"}]}
                """.formatted(jobTitle);
    }

    /** {@code POST /api/v1/leads}: a new consented marketing director with these activities (a JSON array). */
    static String storedLead(String externalId, String activities) {
        return storedLead(externalId, "Marketing Director", activities);
    }

    /** {@code POST /api/v1/leads}: a new consented lead with this job title and these activities (a JSON array). */
    static String storedLead(String externalId, String jobTitle, String activities) {
        return """
                {"lead": {"externalId": "%1$s", "firstName": "Ana", "lastName": "Garcia",
                          "email": "%1$s@acme-soft.com", "phone": "+34 612 345 678", "company": "Acme Soft",
                          "jobTitle": "%3$s", "industry": "SOFTWARE", "companySize": 250,
                          "annualRevenue": 12000000, "country": "ES", "source": "ORGANIC_SEARCH",
                          "leadMagnet": "EBOOK", "productInterest": "crm-suite",
                          "consent": {"dataProcessing": true, "profilingObjection": false, "policyVersion": "2026-01"}},
                 "activities": %2$s}
                """.formatted(externalId, activities, jobTitle);
    }

    /** One activity for {@code POST /api/v1/leads/{id}/activities}. */
    static String activity(String id, String type, String occurredAt) {
        return """
                {"id": "%s", "type": "%s", "occurredAt": "%s"}""".formatted(id, type, occurredAt);
    }

    /** The entry of a scoring answer's breakdown ({@code fit} or {@code engagement}) for this category. */
    static JsonNode breakdown(JsonNode answer, String dimension, String category) {
        return answer.get(dimension).get("breakdown").valueStream()
                .filter(entry -> entry.get("category").asString().equals(category)).findFirst()
                .orElseThrow(() -> new AssertionError("No " + category + " in the " + dimension + " breakdown of "
                        + answer));
    }

    /** The codes of a scoring answer's data-quality findings. */
    static List<String> findingCodes(JsonNode answer) {
        return answer.get("dataQuality").valueStream().map(finding -> finding.get("code").asString()).toList();
    }
}
