package io.leadrules.ruletests;

import io.leadrules.rules.vocabulary.Consent;
import io.leadrules.rules.vocabulary.Lead;
import java.math.BigDecimal;
import java.time.Instant;

/** Builds a {@link Lead} one member at a time; start from a fixture in {@link LeadFixtures} and change what matters. */
public final class LeadBuilder {

    static final Consent CONSENTED = new Consent(true, false, "2026-01", Instant.parse("2026-01-15T09:00:00Z"));

    private String externalId = "crm-1";
    private String firstName;
    private String lastName;
    private String email;
    private String phone;
    private String company;
    private String jobTitle;
    private String industry;
    private Integer companySize;
    private BigDecimal annualRevenue;
    private String country;
    private String source;
    private String leadMagnet;
    private String productInterest;
    private Consent consent = CONSENTED;

    public static LeadBuilder from(Lead lead) {
        LeadBuilder b = new LeadBuilder();
        b.externalId = lead.externalId();
        b.firstName = lead.firstName();
        b.lastName = lead.lastName();
        b.email = lead.email();
        b.phone = lead.phone();
        b.company = lead.company();
        b.jobTitle = lead.jobTitle();
        b.industry = lead.industry();
        b.companySize = lead.companySize();
        b.annualRevenue = lead.annualRevenue();
        b.country = lead.country();
        b.source = lead.source();
        b.leadMagnet = lead.leadMagnet();
        b.productInterest = lead.productInterest();
        b.consent = lead.consent();
        return b;
    }

    public Lead build() {
        return new Lead(externalId, firstName, lastName, email, phone, company, jobTitle, industry, companySize,
                annualRevenue, country, source, leadMagnet, productInterest, consent);
    }

    public LeadBuilder externalId(String value) {
        externalId = value;
        return this;
    }

    public LeadBuilder firstName(String value) {
        firstName = value;
        return this;
    }

    public LeadBuilder lastName(String value) {
        lastName = value;
        return this;
    }

    public LeadBuilder email(String value) {
        email = value;
        return this;
    }

    public LeadBuilder phone(String value) {
        phone = value;
        return this;
    }

    public LeadBuilder company(String value) {
        company = value;
        return this;
    }

    public LeadBuilder jobTitle(String value) {
        jobTitle = value;
        return this;
    }

    public LeadBuilder industry(String value) {
        industry = value;
        return this;
    }

    public LeadBuilder companySize(Integer value) {
        companySize = value;
        return this;
    }

    public LeadBuilder annualRevenue(String value) {
        annualRevenue = value == null ? null : new BigDecimal(value);
        return this;
    }

    public LeadBuilder country(String value) {
        country = value;
        return this;
    }

    public LeadBuilder source(String value) {
        source = value;
        return this;
    }

    public LeadBuilder leadMagnet(String value) {
        leadMagnet = value;
        return this;
    }

    public LeadBuilder productInterest(String value) {
        productInterest = value;
        return this;
    }

    public LeadBuilder consent(Consent value) {
        consent = value;
        return this;
    }

    /** Accepted the data-protection policy and did not object to profiling. */
    public LeadBuilder consented() {
        return consent(CONSENTED);
    }

    /** Never answered the consent question: no {@link Consent} at all. */
    public LeadBuilder withoutConsent() {
        return consent(null);
    }

    /** Accepted the policy but objected to profiling. */
    public LeadBuilder objectingToProfiling() {
        return consent(new Consent(true, true, "2026-01", CONSENTED.grantedAt()));
    }
}
