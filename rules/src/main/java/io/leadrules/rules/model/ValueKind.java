package io.leadrules.rules.model;

/** What a visible cell of a table column holds, checked as such before the table becomes DRL. */
public enum ValueKind {
    /** A stable rule id: letters, digits, '-', '_' and '.'. */
    RULE_ID,
    /** Text that goes inside a double-quoted string literal of the snippet. */
    TEXT,
    /** A number that goes into the snippet as it is. */
    NUMBER,
    /** A whole number, or the name of a number parameter (model kinds). */
    WHOLE_NUMBER,
    /** A comma-separated list of values (model kinds). */
    LIST,
    /** A standard lead member or a declared attribute, by name (model kinds). */
    FIELD,
    /** A word from a fixed list: a test, a type, a measure (model kinds). */
    WORD,
    /** A name: a category, a parameter, an attribute, a line of the engagement score (model kinds). */
    NAME
}
