package io.leadrules.app.lead;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Lead requests for the tests, each person tagged so that tests sharing one database never meet: the tag is in the
 * externalId, the email and the company, so {@code q=<tag>} finds exactly a test's own leads.
 */
final class TestLeads {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    private TestLeads() {
    }

    static String tag() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** Grade A marketing director at a 250-person software firm (the example of issue 2): 85 fit points. */
    static String ana(String tag, String activities) {
        return request("""
                "externalId": "crm-%1$s", "firstName": "Ana", "lastName": "Garcia", "email": "ana.%1$s@acme-soft.com",
                "phone": "+34 612 345 678", "company": "Acme Soft %1$s", "jobTitle": "Marketing Director",
                "industry": "SOFTWARE", "companySize": 250, "annualRevenue": 12000000, "country": "ES",
                "source": "ORGANIC_SEARCH", "leadMagnet": "EBOOK", "productInterest": "crm-suite",
                "consent": {"dataProcessing": true, "profilingObjection": false, "policyVersion": "2026-01"}"""
                .formatted(tag), activities);
    }

    /** Grade B sales manager at a 30-person firm: SQL with P2 once they contact sales. */
    static String sven(String tag, String activities) {
        return request("""
                "externalId": "crm-%1$s", "firstName": "Sven", "lastName": "Olsen", "email": "sven.%1$s@brightpath.se",
                "phone": "+46 8 123 456 78", "company": "BrightPath %1$s", "jobTitle": "Sales Manager",
                "industry": "SOFTWARE", "companySize": 30, "annualRevenue": 2000000, "country": "SE",
                "source": "REFERRAL", "leadMagnet": "EBOOK", "productInterest": "crm-suite",
                "consent": {"dataProcessing": true}""".formatted(tag), activities);
    }

    /** Grade D student: a LEAD with P4. */
    static String student(String tag, String activities) {
        return request("""
                "externalId": "crm-%1$s", "firstName": "Liam", "lastName": "Chen", "email": "liam.%1$s@icloud.com",
                "company": "University %1$s", "jobTitle": "Student", "industry": "EDUCATION", "country": "GB",
                "source": "SOCIAL", "productInterest": "ANY", "consent": {"dataProcessing": true}"""
                .formatted(tag), activities);
    }

    /** Ana with a disposable address: DISQUALIFIED whatever she does. */
    static String disposable(String tag, String activities) {
        return ana(tag, activities).replace("@acme-soft.com", "@mailinator.com");
    }

    /** Ana without consent: INVALID. */
    static String withoutConsent(String tag, String activities) {
        return ana(tag, activities).replace("\"dataProcessing\": true", "\"dataProcessing\": false");
    }

    static String request(String leadMembers, String activities) {
        return "{\"lead\": {" + leadMembers + "}" + (activities == null ? "" : ", \"activities\": " + activities)
                + "}";
    }

    static String activity(String id, String type, Duration ago) {
        return "{\"id\": \"" + id + "\", \"type\": \"" + type + "\", \"occurredAt\": \"" + NOW.minus(ago) + "\"}";
    }

    static String demoTwoDaysAgo(String id) {
        return activity(id, "DEMO_REQUESTED", Duration.ofDays(2));
    }
}
