package io.leadrules.rules.safety;

/**
 * One construct a rule set may not contain.
 *
 * @param line    the 1-based DRL line that holds it
 * @param token   the offending text as written (a name, an operator, a keyword), to find the cell that holds it
 * @param message what is not allowed and what to do instead, for the person who wrote the rule
 * @param part    the part of the DRL it is in, to find the setting cell of a decision table
 */
public record DrlViolation(int line, String token, String message, Part part) {

    /** Where in a DRL text a violation sits. */
    public enum Part {
        /** An {@code import} line (a table's Import cell). */
        IMPORT,
        /** A {@code global} (a table's Variables cell). */
        GLOBAL,
        /** A {@code function} (a table's Functions cell). */
        FUNCTION,
        /** A {@code declare} (a table's Declare cell). */
        DECLARATION,
        /** A rule, a query or a package setting. */
        RULE
    }
}
