package io.leadrules.rules.vocabulary;

/** A data-quality finding: what is wrong ({@code code}), where ({@code field}), how much it matters, in words. */
public record Finding(String code, String field, Severity severity, String message, String rule) {

    public Finding {
        ResultText.check(code, field, message, rule);
    }
}
