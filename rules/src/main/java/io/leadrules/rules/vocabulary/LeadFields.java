package io.leadrules.rules.vocabulary;

import java.util.List;
import java.util.Set;

/**
 * The standard members of a {@link Lead} that a model table may name in its Field column, and the names an attribute
 * may never take (the standard members, and the members of the API's lead object).
 */
public final class LeadFields {

    /** The standard members a Field cell may name, in the order of the API's lead object. */
    public static final List<String> STANDARD = List.of("externalId", "firstName", "lastName", "email", "phone",
            "company", "jobTitle", "industry", "companySize", "annualRevenue", "country", "source", "leadMagnet",
            "productInterest", "emailDomain");

    /** Standard members that hold numbers; every other standard member holds text. */
    public static final Set<String> NUMBERS = Set.of("companySize", "annualRevenue");

    /** Names reserved for the lead object itself: no attribute may take one. */
    public static final Set<String> RESERVED = Set.of("id", "consent", "attributes", "activities", "createdAt",
            "updatedAt", "version", "decision", "score", "outcomes");

    /**
     * The standard members that say who the lead is: a mapping may not rewrite them (a row mapping every email to one
     * address would make every lead read as another), and {@link Lead#with} leaves them as sent.
     */
    public static final Set<String> IDENTITY = Set.of("externalId", "email", "phone", "emailDomain");

    private LeadFields() {
    }

    /** The same names, for lookups on every field a rule reads. */
    private static final Set<String> STANDARD_NAMES = Set.copyOf(STANDARD);

    public static boolean isStandard(String name) {
        return name != null && STANDARD_NAMES.contains(name);
    }

    /** True when no attribute may be called so. */
    public static boolean isReserved(String name) {
        return isStandard(name) || RESERVED.contains(name);
    }

    static Object read(Lead lead, String name) {
        return switch (name) {
            case "externalId" -> lead.externalId();
            case "firstName" -> lead.firstName();
            case "lastName" -> lead.lastName();
            case "email" -> lead.email();
            case "phone" -> lead.phone();
            case "company" -> lead.company();
            case "jobTitle" -> lead.jobTitle();
            case "industry" -> lead.industry();
            case "companySize" -> lead.companySize();
            case "annualRevenue" -> lead.annualRevenue();
            case "country" -> lead.country();
            case "source" -> lead.source();
            case "leadMagnet" -> lead.leadMagnet();
            case "productInterest" -> lead.productInterest();
            case "emailDomain" -> lead.emailDomain();
            default -> null;
        };
    }

    /** The lead with a standard text member replaced; numbers and the derived email domain are never replaced. */
    static Lead replace(Lead l, String name, String value) {
        return switch (name) {
            case "firstName" -> new Lead(l.externalId(), value, l.lastName(), l.email(), l.phone(), l.company(),
                    l.jobTitle(), l.industry(), l.companySize(), l.annualRevenue(), l.country(), l.source(),
                    l.leadMagnet(), l.productInterest(), l.consent(), l.attributes());
            case "lastName" -> new Lead(l.externalId(), l.firstName(), value, l.email(), l.phone(), l.company(),
                    l.jobTitle(), l.industry(), l.companySize(), l.annualRevenue(), l.country(), l.source(),
                    l.leadMagnet(), l.productInterest(), l.consent(), l.attributes());
            case "company" -> new Lead(l.externalId(), l.firstName(), l.lastName(), l.email(), l.phone(), value,
                    l.jobTitle(), l.industry(), l.companySize(), l.annualRevenue(), l.country(), l.source(),
                    l.leadMagnet(), l.productInterest(), l.consent(), l.attributes());
            case "jobTitle" -> new Lead(l.externalId(), l.firstName(), l.lastName(), l.email(), l.phone(),
                    l.company(), value, l.industry(), l.companySize(), l.annualRevenue(), l.country(), l.source(),
                    l.leadMagnet(), l.productInterest(), l.consent(), l.attributes());
            case "industry" -> new Lead(l.externalId(), l.firstName(), l.lastName(), l.email(), l.phone(),
                    l.company(), l.jobTitle(), value, l.companySize(), l.annualRevenue(), l.country(), l.source(),
                    l.leadMagnet(), l.productInterest(), l.consent(), l.attributes());
            case "country" -> new Lead(l.externalId(), l.firstName(), l.lastName(), l.email(), l.phone(),
                    l.company(), l.jobTitle(), l.industry(), l.companySize(), l.annualRevenue(), value, l.source(),
                    l.leadMagnet(), l.productInterest(), l.consent(), l.attributes());
            case "source" -> new Lead(l.externalId(), l.firstName(), l.lastName(), l.email(), l.phone(),
                    l.company(), l.jobTitle(), l.industry(), l.companySize(), l.annualRevenue(), l.country(), value,
                    l.leadMagnet(), l.productInterest(), l.consent(), l.attributes());
            case "leadMagnet" -> new Lead(l.externalId(), l.firstName(), l.lastName(), l.email(), l.phone(),
                    l.company(), l.jobTitle(), l.industry(), l.companySize(), l.annualRevenue(), l.country(),
                    l.source(), value, l.productInterest(), l.consent(), l.attributes());
            case "productInterest" -> new Lead(l.externalId(), l.firstName(), l.lastName(), l.email(), l.phone(),
                    l.company(), l.jobTitle(), l.industry(), l.companySize(), l.annualRevenue(), l.country(),
                    l.source(), l.leadMagnet(), value, l.consent(), l.attributes());
            default -> l;
        };
    }
}
