package io.leadrules.rules.vocabulary;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * The person who left their contact data. Every member is optional; the rules turn what is missing into findings.
 * The helper methods are part of the documented rule vocabulary (see docs/rules-authoring.md).
 */
public record Lead(String externalId, String firstName, String lastName, String email, String phone, String company,
                   String jobTitle, String industry, Integer companySize, BigDecimal annualRevenue, String country,
                   String source, String leadMagnet, String productInterest, Consent consent,
                   Attributes attributes) {

    public Lead {
        ResultText.check(externalId, firstName, lastName, email, phone, company, jobTitle, industry, country, source,
                leadMagnet, productInterest);
        attributes = attributes == null ? Attributes.NONE : attributes;
    }

    /** A lead with only the standard members. */
    public Lead(String externalId, String firstName, String lastName, String email, String phone, String company,
                String jobTitle, String industry, Integer companySize, BigDecimal annualRevenue, String country,
                String source, String leadMagnet, String productInterest, Consent consent) {
        this(externalId, firstName, lastName, email, phone, company, jobTitle, industry, companySize, annualRevenue,
                country, source, leadMagnet, productInterest, consent, Attributes.NONE);
    }

    /** The same lead with other attributes. */
    public Lead withAttributes(Map<String, ?> values) {
        return new Lead(externalId, firstName, lastName, email, phone, company, jobTitle, industry, companySize,
                annualRevenue, country, source, leadMagnet, productInterest, consent, Attributes.of(values));
    }

    /**
     * The value of a standard member or an attribute, by name ({@code jobTitle}, {@code timeOnSite}): what a model
     * table's Field cell names. Null when the lead has none.
     */
    public Object field(String name) {
        return LeadFields.isStandard(name) ? LeadFields.read(this, name) : attributes.get(name);
    }

    /** The field as text (a number as written plainly, yes/no as {@code true}/{@code false}); null when absent. */
    public String text(String name) {
        return FieldValues.text(field(name));
    }

    /** The field as a number; NaN when absent or not a number, so every comparison with it is false. */
    public double number(String name) {
        return FieldValues.number(field(name));
    }

    /** The field as a day (an ISO date, or the day of an ISO instant, in UTC) counted from 1970-01-01; NaN when absent. */
    public double day(String name) {
        return FieldValues.day(field(name));
    }

    /**
     * True when the field is a number from {@code from} (included) up to {@code to} (not included); an absent field or
     * one that is not a number is in no range. An open end is written as a very large number. (A constraint such as {@code number(f) >=
     * 200} would not do: the rule engine compares numbers so that NaN is above every number.)
     */
    public boolean inRange(String name, double from, double to) {
        return FieldValues.inRange(number(name), from, to);
    }

    /** True when the field is a day (see {@link #day}) from {@code from} (included) up to {@code to} (not included). */
    public boolean dayInRange(String name, double from, double to) {
        return FieldValues.inRange(day(name), from, to);
    }

    /** True when the field is yes ({@code true}, "yes", "true", "y", "1"). */
    public boolean yes(String name) {
        return FieldValues.yes(field(name));
    }

    /** True when the field is no ({@code false}, "no", "false", "n", "0"). */
    public boolean no(String name) {
        return FieldValues.no(field(name));
    }

    /** True when the field has a value that is not blank. */
    public boolean given(String name) {
        return FieldValues.given(field(name));
    }

    /** The same lead with one standard text member or attribute replaced (a mapping's result). */
    public Lead with(String name, String value) {
        return LeadFields.isStandard(name) ? LeadFields.replace(this, name, value)
                : new Lead(externalId, firstName, lastName, email, phone, company, jobTitle, industry, companySize,
                        annualRevenue, country, source, leadMagnet, productInterest, consent,
                        attributes.with(name, value));
    }

    /** The part of the email after the last {@code @}, lower case; null when there is none. */
    public String emailDomain() {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        return at < 0 ? null : email.substring(at + 1).trim().toLowerCase(Locale.ROOT);
    }

    /** The part of the email before the last {@code @}, lower case; null when there is none. */
    public String emailLocalPart() {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        return at < 0 ? null : email.substring(0, at).trim().toLowerCase(Locale.ROOT);
    }

    /** True when the email has the shape of an address: one {@code @}, a local part, and a dotted domain. */
    public boolean emailSyntaxValid() {
        return email != null && EmailSyntax.isValid(email.trim());
    }

    /** How many digits the phone number has, ignoring spaces, dashes, dots, brackets and a leading plus. */
    public int phoneDigitCount() {
        return phone == null ? 0 : (int) phone.chars().filter(Character::isDigit).count();
    }

    /** True when the phone number holds a letter (for instance "call me" or "+34 6I2"). */
    public boolean phoneHasLetters() {
        return phone != null && phone.chars().anyMatch(Character::isLetter);
    }

    /**
     * Which identifying member equals {@code word} (case-insensitive): {@code lead.firstName}, {@code lead.lastName}
     * or {@code lead.email} (its local part); null when none does. Used to find junk test entries.
     */
    public String memberEqualTo(String word) {
        if (Text.sameText(firstName, word)) {
            return "lead.firstName";
        }
        if (Text.sameText(lastName, word)) {
            return "lead.lastName";
        }
        return word != null && email != null && localPartEquals(word.trim()) ? "lead.email" : null;
    }

    /**
     * {@code Text.sameText(emailLocalPart(), word)} without cutting the address when it is ASCII (every JunkWords row
     * asks this for every lead, twice); otherwise exactly that, since lower-casing can change a non-ASCII text's
     * length.
     */
    private boolean localPartEquals(String word) {
        int at = email.lastIndexOf('@');
        if (at < 0) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            if (email.charAt(i) > 127) {
                return Text.sameText(emailLocalPart(), word);
            }
        }
        int start = 0;
        while (start < at && email.charAt(start) <= ' ') {
            start++;
        }
        int end = at;
        while (end > start && email.charAt(end - 1) <= ' ') {
            end--;
        }
        return end - start == word.length() && email.regionMatches(true, start, word, 0, word.length());
    }
}
