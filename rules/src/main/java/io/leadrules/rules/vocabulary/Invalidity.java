package io.leadrules.rules.vocabulary;

/** The lead may not be scored ({@code NO_CONSENT}, {@code PROFILING_OBJECTION}). */
public record Invalidity(String code, String rule) {

    public Invalidity {
        ResultText.check(code, rule);
    }
}
