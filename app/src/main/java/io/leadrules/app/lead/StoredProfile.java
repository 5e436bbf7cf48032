package io.leadrules.app.lead;

import java.math.BigDecimal;

/** The stored profile members of a lead: the lead members of the API, without consent. */
public record StoredProfile(String externalId, String firstName, String lastName, String email, String phone,
                            String company, String jobTitle, String industry, Integer companySize,
                            BigDecimal annualRevenue, String country, String source, String leadMagnet,
                            String productInterest) {

    /** This profile updated with a newer one: each member takes the newer value unless that is null. */
    StoredProfile updatedWith(StoredProfile newer) {
        return new StoredProfile(newest(newer.externalId, externalId), newest(newer.firstName, firstName),
                newest(newer.lastName, lastName), newest(newer.email, email), newest(newer.phone, phone),
                newest(newer.company, company), newest(newer.jobTitle, jobTitle), newest(newer.industry, industry),
                newest(newer.companySize, companySize), newest(newer.annualRevenue, annualRevenue),
                newest(newer.country, country), newest(newer.source, source), newest(newer.leadMagnet, leadMagnet),
                newest(newer.productInterest, productInterest));
    }

    StoredProfile withEmail(String newEmail) {
        return new StoredProfile(externalId, firstName, lastName, newEmail, phone, company, jobTitle, industry,
                companySize, annualRevenue, country, source, leadMagnet, productInterest);
    }

    static <T> T newest(T newer, T older) {
        return newer != null ? newer : older;
    }

    /** The profile with every member that identifies the person removed (names, email, phone, company, ids). */
    StoredProfile withoutIdentity() {
        return new StoredProfile(null, null, null, null, null, null, jobTitle, industry, companySize, annualRevenue,
                country, source, leadMagnet, productInterest);
    }
}
