package io.leadrules.rules.model;

/** What a visible cell of a table column holds, checked as such before the table becomes DRL. */
public enum ValueKind {
    /** A stable rule id: letters, digits, '-', '_' and '.'. */
    RULE_ID,
    /** Text that goes inside a double-quoted string literal of the snippet. */
    TEXT,
    /** A number that goes into the snippet as it is. */
    NUMBER
}
