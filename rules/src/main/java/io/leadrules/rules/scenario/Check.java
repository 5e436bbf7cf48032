package io.leadrules.rules.scenario;

/**
 * One expectation of a scenario compared with the evaluation: the column of the file it is written in
 * ({@code expectGrade}, {@code mustFire}), the member of the result it looks at ({@code fit.grade},
 * {@code nextActions}, {@code firedRules[TEMP-HOT]}), what the row expects, what the rules gave. Every check is
 * reported, passed or not, so a report shows expected and actual side by side for each scenario.
 */
public record Check(String column, String member, String expected, String actual, boolean passed) {

    /** "fit.grade: expected B, was A". */
    public String describe() {
        return member + ": expected " + expected + ", was " + actual;
    }
}
