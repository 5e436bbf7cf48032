package io.leadrules.rules.scenario;

/**
 * One expectation of a scenario compared with the evaluation: the member of the result it looks at
 * ({@code fit.grade}, {@code nextActions}, {@code firedRules[TEMP-HOT]}), what the row expects, what the rules gave.
 */
public record Check(String member, String expected, String actual, boolean passed) {

    /** "fit.grade: expected B, was A". */
    public String describe() {
        return member + ": expected " + expected + ", was " + actual;
    }
}
