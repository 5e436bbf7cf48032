package io.leadrules.rules.vocabulary;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The person who left their contact data. Every member is optional; the rules turn what is missing into findings.
 * The helper methods are part of the documented rule vocabulary (see docs/rules-authoring.md).
 */
public record Lead(String externalId, String firstName, String lastName, String email, String phone, String company,
                   String jobTitle, String industry, Integer companySize, BigDecimal annualRevenue, String country,
                   String source, String leadMagnet, String productInterest, Consent consent) {

    public Lead {
        ResultText.check(externalId, firstName, lastName, email, phone, company, jobTitle, industry, country, source,
                leadMagnet, productInterest);
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
        return Text.sameText(emailLocalPart(), word) ? "lead.email" : null;
    }
}
