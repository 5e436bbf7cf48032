package io.leadrules.app.console.audit;

import io.leadrules.app.ApiClient;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Leads made through the API as the admin for the audit pages' tests, each with its own externalId and email. */
final class AuditLeads {

    private AuditLeads() {
    }

    /** A new lead whose company and activity detail are the given texts; answers the API's {id, decision}. */
    static JsonNode create(int port, String externalId, String company, String detail) {
        String email = "audit-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String body = """
                {"lead": {"externalId": "%s", "firstName": "Ana", "lastName": "Garcia", "email": "%s",
                          "company": "%s", "jobTitle": "Marketing Director", "industry": "SOFTWARE",
                          "companySize": 250, "country": "ES", "source": "ORGANIC_SEARCH",
                          "consent": {"dataProcessing": true, "profilingObjection": false, "policyVersion": "2026-01"}},
                 "activities": [{"id": "demo-1", "type": "DEMO_REQUESTED", "occurredAt": "2026-11-20T09:30:00Z",
                                 "detail": "%s"}]}
                """.formatted(externalId, email, company, detail);
        ApiClient api = new ApiClient(port);
        return api.expect(201, api.postJson("/api/v1/leads", body));
    }

    static String newExternalId() {
        return "audit-" + UUID.randomUUID();
    }
}
