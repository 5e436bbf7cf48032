package io.leadrules.app.lead;

import java.math.BigDecimal;

/** The stored profile members of a lead: the lead members of the API, without consent. */
public record StoredProfile(String externalId, String firstName, String lastName, String email, String phone,
                            String company, String jobTitle, String industry, Integer companySize,
                            BigDecimal annualRevenue, String country, String source, String leadMagnet,
                            String productInterest) {

    /** The profile with every member that identifies the person removed (names, email, phone, company, ids). */
    StoredProfile withoutIdentity() {
        return new StoredProfile(null, null, null, null, null, null, jobTitle, industry, companySize, annualRevenue,
                country, source, leadMagnet, productInterest);
    }
}
