package io.leadrules.app.lead;

import java.math.BigDecimal;

/**
 * The stored profile members of a lead: the lead members of the API, without consent. {@code attributes} is the
 * JSON text of the lead's own attributes (column {@code attributes}; null when it has none): a company's attributes
 * are its own, so they are kept as the client sent them rather than spread over columns nobody declared.
 */
public record StoredProfile(String externalId, String firstName, String lastName, String email, String phone,
                            String company, String jobTitle, String industry, Integer companySize,
                            BigDecimal annualRevenue, String country, String source, String leadMagnet,
                            String productInterest, String attributes) {

    /** A profile without attributes. */
    public static StoredProfile of(String externalId, String firstName, String lastName, String email, String phone,
                                   String company, String jobTitle, String industry, Integer companySize,
                                   BigDecimal annualRevenue, String country, String source, String leadMagnet,
                                   String productInterest) {
        return new StoredProfile(externalId, firstName, lastName, email, phone, company, jobTitle, industry,
                companySize, annualRevenue, country, source, leadMagnet, productInterest, null);
    }

    /**
     * This profile updated with a newer one: each member takes the newer value unless that is null. The attributes
     * are the newer ones as given; merging them name by name is {@link StoredJson#merged}'s work.
     */
    StoredProfile updatedWith(StoredProfile newer) {
        return new StoredProfile(newest(newer.externalId, externalId), newest(newer.firstName, firstName),
                newest(newer.lastName, lastName), newest(newer.email, email), newest(newer.phone, phone),
                newest(newer.company, company), newest(newer.jobTitle, jobTitle), newest(newer.industry, industry),
                newest(newer.companySize, companySize), newest(newer.annualRevenue, annualRevenue),
                newest(newer.country, country), newest(newer.source, source), newest(newer.leadMagnet, leadMagnet),
                newest(newer.productInterest, productInterest), newest(newer.attributes, attributes));
    }

    StoredProfile withEmail(String newEmail) {
        return new StoredProfile(externalId, firstName, lastName, newEmail, phone, company, jobTitle, industry,
                companySize, annualRevenue, country, source, leadMagnet, productInterest, attributes);
    }

    StoredProfile withAttributes(String newAttributes) {
        return new StoredProfile(externalId, firstName, lastName, email, phone, company, jobTitle, industry,
                companySize, annualRevenue, country, source, leadMagnet, productInterest, newAttributes);
    }

    static <T> T newest(T newer, T older) {
        return newer != null ? newer : older;
    }

    /**
     * The profile with every member that identifies the person removed (names, email, phone, company, ids) and every
     * attribute: a company's own attributes may hold anything about the person, and nobody declared which do not.
     */
    StoredProfile withoutIdentity() {
        return new StoredProfile(null, null, null, null, null, null, jobTitle, industry, companySize, annualRevenue,
                country, source, leadMagnet, productInterest, null);
    }
}
