package io.leadrules.rules.producers;

import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.vocabulary.Activity;
import io.leadrules.rules.vocabulary.Consent;
import io.leadrules.rules.vocabulary.Lead;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A handful of leads that between them reach every shipped table and both rows of the producer-traits table. */
final class ProducerLeads {

    private static final Instant AS_OF = Instant.parse("2026-04-15T12:00:00Z");
    private static final Consent CONSENT = new Consent(true, false, "v1", Instant.parse("2026-03-01T00:00:00Z"));

    private ProducerLeads() {
    }

    static List<EvaluationInput> all() {
        return List.of(idealPersonaWhoAskedForADemo(), signedUpOnLaunchDay(), largeCompanySignedUpOnTheFirstOfApril(),
                smallCompanySignedUpOnLaunchDay(), disposableEmailWithoutConsent());
    }

    static EvaluationInput idealPersonaWhoAskedForADemo() {
        Lead lead = lead("ideal", "ana@acme.example", "VP of Sales", "SOFTWARE", 500, "20000000", "REFERRAL");
        return new EvaluationInput(lead, List.of(
                new Activity("a1", "DEMO_REQUESTED", Instant.parse("2026-04-14T09:00:00Z"), "demo form"),
                new Activity("a2", "PRICING_PAGE_VIEW", Instant.parse("2026-04-10T09:00:00Z"), "/pricing"),
                new Activity("a3", "EMAIL_OPEN", Instant.parse("2026-02-01T09:00:00Z"), "newsletter")), AS_OF);
    }

    static EvaluationInput signedUpOnLaunchDay() {
        return signedUp("launch", 40, "2000000", "2026-03-31");
    }

    static EvaluationInput largeCompanySignedUpOnTheFirstOfApril() {
        return signedUp("april", 300, "900000", "2026-04-01");
    }

    static EvaluationInput smallCompanySignedUpOnLaunchDay() {
        return signedUp("small", 12, "2000000", "2026-03-31");
    }

    static EvaluationInput disposableEmailWithoutConsent() {
        Lead lead = new Lead("disposable", "Test", "Person", "test@mailinator.com", null, "None", "student",
                "EDUCATION", 1, null, "ES", "PAID_ADS", null, "ANY", null);
        return new EvaluationInput(lead, List.of(), AS_OF);
    }

    private static EvaluationInput signedUp(String id, int companySize, String revenue, String day) {
        Lead lead = lead(id, id + "@corp.example", "Marketing Manager", "RETAIL", companySize, revenue, "ORGANIC_SEARCH")
                .withAttributes(Map.of("signupDate", day));
        return new EvaluationInput(lead, List.of(
                new Activity(id + "-1", "WEBINAR_ATTENDED", Instant.parse("2026-04-01T10:00:00Z"), "webinar")), AS_OF);
    }

    private static Lead lead(String id, String email, String jobTitle, String industry, int companySize,
                             String revenue, String source) {
        return new Lead(id, "Ana", "Garcia", email, "+34 600 000 000", "Acme " + id, jobTitle, industry, companySize,
                new BigDecimal(revenue), "ES", source, "ebook", "CRM", CONSENT);
    }
}
