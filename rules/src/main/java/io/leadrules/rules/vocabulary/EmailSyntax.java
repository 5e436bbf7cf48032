package io.leadrules.rules.vocabulary;

import java.util.regex.Pattern;

/** A pragmatic email syntax check: what web forms accept, not the full RFC 5322 grammar. */
final class EmailSyntax {

    private static final Pattern ADDRESS = Pattern.compile(
            "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*"
                    + "\\.[A-Za-z]{2,63}$");

    private EmailSyntax() {
    }

    static boolean isValid(String email) {
        return email.length() <= 254 && ADDRESS.matcher(email).matches();
    }
}
